package app.keystone.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * Tests of Keystone's own REST API ({@code /api/**}): an installed site "acme" with a user's context token,
 * any method over real HTTP, mirror rows written as the pipeline would, and problem+json assertions.
 */
public abstract class ApiTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected FakeJiraSite acme;
    protected UUID acmeTenant;
    protected String token;

    @BeforeEach
    void acme() {
        acme = installed("acme");
        acmeTenant = tenantOf(acme);
        token = acme.contextToken("user-1");
    }

    protected UUID tenantOf(FakeJiraSite site) {
        return db.sql("select id from tenant where client_key = ?").param(site.clientKey).query(UUID.class).single();
    }

    /** A live issue in the tenant's mirror, as the webhook pipeline would have stored it. */
    protected void mirrored(UUID tenant, long issueId, String key) {
        db.sql("""
                insert into jira_issue (tenant_id, issue_id, issue_key, project_key, jira_updated)
                values (?, ?, ?, ?, now())""")
                .param(tenant).param(issueId).param(key).param(key.substring(0, key.indexOf('-'))).update();
    }

    protected Reply call(String method, String path, String jwt, Object body, Map<String, String> headers) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, publisher)
                    .header("Authorization", "JWT " + jwt);
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            headers.forEach(request::setHeader);
            return new Reply(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Reply get(String path) {
        return call("GET", path, token, null, Map.of());
    }

    protected Reply patch(String path, Object body) {
        return call("PATCH", path, token, body, Map.of());
    }

    protected Reply delete(String path) {
        return call("DELETE", path, token, null, Map.of());
    }

    /** Field names of a validation problem, in order. */
    protected static List<String> fields(Reply r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    public record Reply(HttpResponse<String> http) {

        public int status() {
            return http.statusCode();
        }

        public String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            return response().json();
        }

        public Response response() {
            return new Response(http.statusCode(), header("Content-Type") == null ? "" : header("Content-Type"),
                    http.body());
        }

        @Override
        public String toString() {
            return http.statusCode() + " " + http.body();
        }
    }

    protected static void assertProblem(Reply r, int status, String code) {
        assertProblem(r.response(), status, code);
    }
}
