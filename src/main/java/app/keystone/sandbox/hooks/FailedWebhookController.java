package app.keystone.sandbox.hooks;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/webhook/failed} (wire formats §3.10): deliveries that failed after their last retry,
 * oldest first, {@code body} as a JSON <em>string</em>, and a {@code next} link whenever the page had a result.
 * Both {@code after} (documented) and {@code failedAfter} (what {@code next} uses) are accepted. A page never
 * splits deliveries with the same failure time. Lives under the site's REST path, so RestAuthFilter has
 * checked Keystone's JWT before this runs.
 */
@RestController
@SandboxProfile
class FailedWebhookController {

    private static final int DEFAULT_PAGE = 100;

    private final JdbcClient db;
    private final SandboxSite site;
    private final ObjectMapper json = new ObjectMapper();

    FailedWebhookController(JdbcClient db, SandboxSite site) {
        this.db = db;
        this.site = site;
    }

    private record Failed(String identifier, String payload, String targetUrl, Timestamp failedAt) {
    }

    @GetMapping("/sandbox/jira/rest/api/3/webhook/failed")
    ResponseEntity<Object> failed(@RequestParam(required = false) String maxResults,
                                  @RequestParam(required = false) String after,
                                  @RequestParam(required = false) String failedAfter) {
        int max;
        long since;
        try {
            max = maxResults == null ? DEFAULT_PAGE : Math.max(1, Math.min(DEFAULT_PAGE, Integer.parseInt(maxResults)));
            since = failedAfter != null ? Long.parseLong(failedAfter) : after != null ? Long.parseLong(after) : -1;
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().body(Map.of("errorMessages",
                    List.of("maxResults, after and failedAfter must be numbers."), "errors", Map.of()));
        }
        // failed_at is stored at millisecond precision, so comparing epoch milliseconds is exact
        List<Failed> page = db.sql("""
                with failed as (
                    select id, identifier, payload, target_url, failed_at,
                           floor(extract(epoch from failed_at) * 1000)::bigint as ms
                    from sandbox_webhook_delivery where state = 'failed' and failed_at is not null)
                select identifier, payload, target_url, failed_at from failed
                where ms > :since and ms <= (
                    -- the failure time of the max-th row: every row sharing it comes along
                    select coalesce(max(ms), 0) from (
                        select ms from failed where ms > :since order by ms, id limit :max) firsts)
                order by ms, id""")
                .param("since", since).param("max", max).query(Failed.class).list();
        ObjectNode body = json.createObjectNode();
        ArrayNode values = body.putArray("values");
        long last = since;
        for (Failed f : page) {
            long failureTime = f.failedAt().getTime();
            ObjectNode v = values.addObject().put("id", f.identifier()).put("body", f.payload());
            v.put("url", f.targetUrl()).put("failureTime", failureTime);
            last = Math.max(last, failureTime);
        }
        body.put("maxResults", max);
        if (!page.isEmpty()) {
            body.put("next", site.baseUrl() + "/rest/api/3/webhook/failed?failedAfter=" + last + "&maxResults=" + max);
        }
        return ResponseEntity.ok(body);
    }
}
