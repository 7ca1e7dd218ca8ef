package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell's view of the site's "outbox": notifications apps sent through notify, newest first, with the
 * recipients resolved to names. Shell API (no auth, like the rest of /sandbox/api), not part of Jira's.
 */
@RestController
@SandboxProfile
class NotificationsController {

    private record Row(long id, String issueKey, String body, List<String> recipients, OffsetDateTime created) {
    }

    private final JdbcClient db;
    private final SiteData data;
    private final ObjectMapper json;

    NotificationsController(JdbcClient db, SiteData data, ObjectMapper json) {
        this.db = db;
        this.data = data;
        this.json = json;
    }

    @GetMapping("/sandbox/api/notifications")
    ArrayNode notifications(@RequestParam(defaultValue = "50") int limit) throws IOException {
        List<Row> rows = db.sql("""
                select n.id, i.key, n.body::text, n.recipients, n.created from sandbox_notification n
                left join sandbox_issue i on i.id = n.issue_id order by n.created desc, n.id desc limit :limit""")
                .param("limit", Math.max(1, Math.min(500, limit)))
                .query((rs, i) -> {
                    Array recipients = rs.getArray(4);
                    return new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Arrays.asList((String[]) recipients.getArray()), rs.getObject(5, OffsetDateTime.class));
                }).list();
        Map<String, String> names = new HashMap<>();
        List<String> ids = rows.stream().flatMap(r -> r.recipients().stream()).distinct().toList();
        if (!ids.isEmpty()) {
            data.users(ids).forEach(u -> names.put(u.accountId(), u.displayName()));
        }
        ArrayNode list = json.createArrayNode();
        for (Row r : rows) {
            JsonNode body = json.readTree(r.body());
            ObjectNode n = list.addObject().put("id", r.id()).put("issueKey", r.issueKey())
                    .put("subject", body.path("subject").asText(null)).put("textBody", body.path("textBody").asText(null))
                    .put("htmlBody", body.path("htmlBody").asText(null));
            ArrayNode recipients = n.putArray("recipients");
            r.recipients().forEach(id -> recipients.addObject().put("accountId", id).put("displayName", names.get(id)));
            n.put("created", r.created().toInstant().toString());
        }
        return list;
    }
}
