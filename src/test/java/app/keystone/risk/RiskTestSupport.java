package app.keystone.risk;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Helpers of the risk API tests: request bodies, creating risks and programs, counting what a request changed. */
abstract class RiskTestSupport extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Map<String, Object> risk(String title, int probability, int impact) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("probability", probability);
        body.put("impact", impact);
        return body;
    }

    JsonNode create(Map<String, Object> body) {
        return create(token, body);
    }

    JsonNode create(String jwt, Map<String, Object> body) {
        Reply r = call("POST", "/api/risks", jwt, body, Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    String program(UUID tenant, String name) {
        UUID id = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, ?)").param(id).param(tenant).param(name)
                .update();
        return id.toString();
    }

    /** A mirrored issue with a parent, as the pipeline stores it. */
    void mirrored(UUID tenant, long issueId, String key, Long parentId) {
        mirrored(tenant, issueId, key);
        db.sql("update jira_issue set parent_id = ?, project_id = ?, summary = ?, status_category = 'new' "
                        + "where tenant_id = ? and issue_id = ?")
                .param(parentId).param((long) key.substring(0, key.indexOf('-')).hashCode() & 0xffff)
                .param("Summary of " + key).param(tenant).param(issueId).update();
    }

    int rows(String table) {
        return count(table);
    }

    /** Counts that any accepted write changes: risks, their links, history and the score log. */
    String footprint() {
        return db.sql("select (select count(*) from risk) || '/' || (select coalesce(sum(version), 0) from risk) || '/' "
                        + "|| (select count(*) from risk_history) || '/' || (select count(*) from risk_score_log) || '/' "
                        + "|| (select count(*) from risk_issue) || '/' || (select count(*) from risk_program)")
                .query(String.class).single();
    }

    /** A request whose body is raw bytes of a given type (CSV or XLSX uploads). */
    Reply upload(String path, String jwt, byte[] body, String contentType) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .header("Authorization", "JWT " + jwt).header("Content-Type", contentType).build();
            return new Reply(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] download(String path, String jwt) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri(path).toString()))
                    .header("Authorization", "JWT " + jwt).GET().build();
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
