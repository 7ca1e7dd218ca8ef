package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue entity properties, where Keystone keeps per-issue state on the site. PUT answers 201 for a new
 * property and 200 for a replaced one, with no body, as Jira does; the value is any non-empty JSON up to 32 KB.
 * Reading needs Browse Projects (else 404), writing also Edit Issues (else 403).
 */
@RestController
@SandboxProfile
class IssuePropertyController {

    private static final String BASE = RestAuthFilter.SITE_PATH + "/rest/api/3/issue/{idOrKey}/properties";
    private static final int MAX_VALUE_BYTES = 32768;

    private final IssueAccess access;
    private final JdbcClient db;
    private final ObjectMapper json;
    private final JiraJson j;

    IssuePropertyController(IssueAccess access, JdbcClient db, ObjectMapper json, JiraJson j) {
        this.access = access;
        this.db = db;
        this.json = json;
        this.j = j;
    }

    @GetMapping(BASE)
    ObjectNode keys(@PathVariable String idOrKey, Caller caller) {
        SiteIssue issue = access.browse(caller, idOrKey);
        List<String> keys = db.sql("select key from sandbox_issue_property where issue_id = :id order by key")
                .param("id", issue.issueId()).query(String.class).list();
        ObjectNode body = j.object();
        ArrayNode array = body.putArray("keys");
        keys.forEach(k -> array.addObject().put("self", self(issue, k)).put("key", k));
        return body;
    }

    @GetMapping(BASE + "/{propertyKey}")
    ObjectNode get(@PathVariable String idOrKey, @PathVariable String propertyKey, Caller caller)
            throws IOException {
        SiteIssue issue = access.browse(caller, idOrKey);
        String value = db.sql("select value::text from sandbox_issue_property where issue_id = :id and key = :key")
                .param("id", issue.issueId()).param("key", propertyKey).query(String.class).optional()
                .orElseThrow(() -> JiraError.notFound("The property with key '" + propertyKey + "' does not exist."));
        ObjectNode body = j.object().put("key", propertyKey);
        body.set("value", json.readTree(value));
        return body;
    }

    @PutMapping(BASE + "/{propertyKey}")
    ResponseEntity<Void> put(@PathVariable String idOrKey, @PathVariable String propertyKey,
                             @RequestBody(required = false) String body, Caller caller) throws IOException {
        SiteIssue issue = access.edit(caller, idOrKey);
        if (propertyKey.length() > 255) {
            throw JiraError.badRequest("The property key cannot be longer than 255 characters.");
        }
        if (body == null || body.isBlank()) {
            throw JiraError.badRequest("The property value cannot be empty.");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw JiraError.badRequest("The property value cannot be longer than 32768 bytes.");
        }
        JsonNode value = parse(body);
        // xmax = 0 only for a freshly inserted row: tells created (201) from updated (200) in one statement
        boolean created = db.sql("""
                insert into sandbox_issue_property (issue_id, key, value) values (:id, :key, cast(:value as jsonb))
                on conflict (issue_id, key) do update set value = excluded.value
                returning (xmax = 0)""")
                .param("id", issue.issueId()).param("key", propertyKey).param("value", json.writeValueAsString(value))
                .query(Boolean.class).single();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).build();
    }

    @DeleteMapping(BASE + "/{propertyKey}")
    ResponseEntity<Void> delete(@PathVariable String idOrKey, @PathVariable String propertyKey, Caller caller) {
        SiteIssue issue = access.edit(caller, idOrKey);
        int deleted = db.sql("delete from sandbox_issue_property where issue_id = :id and key = :key")
                .param("id", issue.issueId()).param("key", propertyKey).update();
        if (deleted == 0) {
            throw JiraError.notFound("The property with key '" + propertyKey + "' does not exist.");
        }
        return ResponseEntity.noContent().build();
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw JiraError.badRequest("The property value must be valid JSON.");
        }
    }

    private String self(SiteIssue issue, String key) {
        return j.api("issue/" + issue.id() + "/properties/" + key);
    }
}
