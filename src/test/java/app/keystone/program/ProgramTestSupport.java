package app.keystone.program;

import app.keystone.jira.JiraSync;
import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Program API tests: an installed site "acme" with a user token, PATCH/DELETE over real HTTP, mirror rows, and
 * a record of committed {@link ProgramScopeChanged} events and {@link JiraSync#scopeGrew} calls.
 */
@Import(ProgramTestSupport.Recorder.class)
abstract class ProgramTestSupport extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @MockitoSpyBean
    protected JiraSync jiraSync;
    @Autowired
    protected ScopeEvents scopeEvents;

    protected FakeJiraSite acme;
    protected UUID acmeTenant;
    protected String token;

    @BeforeEach
    void acme() {
        acme = installed("acme");
        acmeTenant = tenantOf(acme);
        token = acme.contextToken("user-1");
        scopeEvents.clear();
    }

    /** Collects events delivered after commit, as the membership listener will see them. */
    static class ScopeEvents {
        final List<ProgramScopeChanged> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ProgramScopeChanged event) {
            events.add(event);
        }

        void clear() {
            events.clear();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        ScopeEvents scopeEvents() {
            return new ScopeEvents();
        }
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

    protected static Map<String, Object> program(String name, String... projectKeys) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projectKeys", List.of(projectKeys));
        return body;
    }

    /** Creates a program as acme's user and returns its JSON. */
    protected JsonNode create(Map<String, Object> body) {
        Reply r = call("POST", "/api/programs", token, body, Map.of());
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        return r.json();
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

    protected record Reply(HttpResponse<String> http) {

        int status() {
            return http.statusCode();
        }

        String header(String name) {
            return http.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            return response().json();
        }

        Response response() {
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
