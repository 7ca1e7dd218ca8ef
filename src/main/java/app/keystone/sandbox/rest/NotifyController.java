package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /rest/api/3/issue/{issueIdOrKey}/notify}: Jira queues an e-mail and answers 204; the sandbox
 * has no mail, so it records the notification with the recipients it resolved (the shell lists them at
 * {@code /sandbox/api/notifications}). 400 for a malformed body, a recipient that can't be resolved
 * (assignee of an unassigned issue, unknown accountId or group) or nobody left to notify; 404 for an issue
 * that is missing or not visible to the caller.
 */
@RestController
@SandboxProfile
class NotifyController {

    private final IssueAccess access;
    private final Recipients recipients;
    private final JdbcClient db;
    private final ObjectMapper json;

    NotifyController(IssueAccess access, Recipients recipients, JdbcClient db, ObjectMapper json) {
        this.access = access;
        this.recipients = recipients;
        this.db = db;
        this.json = json;
    }

    @PostMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/issue/{idOrKey}/notify")
    ResponseEntity<Void> notify(@PathVariable String idOrKey, @RequestBody(required = false) JsonNode body,
                                Caller caller) throws Exception {
        SiteIssue issue = access.browse(caller, idOrKey);
        if (body == null || !body.isObject()) {
            throw JiraError.badRequest("The request body must be a JSON object.");
        }
        String subject = optionalText(body, "subject");
        String text = optionalText(body, "textBody");
        String html = optionalText(body, "htmlBody");
        if (isBlank(text) && isBlank(html)) {
            throw JiraError.badRequest("Either textBody or htmlBody must be provided.");
        }
        List<String> to = recipients.resolve(issue, body.path("to"), body.path("restrict"), caller);

        ObjectNode stored = json.createObjectNode()
                // Jira's default subject names the issue
                .put("subject", isBlank(subject) ? issue.key() + ": " + issue.summary() : subject)
                .put("textBody", text).put("htmlBody", html);
        stored.set("to", body.path("to").deepCopy());
        if (body.has("restrict")) {
            stored.set("restrict", body.path("restrict").deepCopy());
        }
        db.sql("""
                insert into sandbox_notification (issue_id, body, recipients)
                values (:issue, cast(:body as jsonb), :recipients)""")
                .param("issue", issue.issueId()).param("body", json.writeValueAsString(stored))
                .param("recipients", to.toArray(String[]::new)).update();
        return ResponseEntity.noContent().build();
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new JiraError(HttpStatus.BAD_REQUEST,
                    ErrorCollection.ofErrors(Map.of(field, "The value must be a string.")));
        }
        return value.asText();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
