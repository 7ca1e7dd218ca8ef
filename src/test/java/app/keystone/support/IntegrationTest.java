package app.keystone.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running Keystone on a random port, on the embedded PostgreSQL, reached over real HTTP. Install keys are
 * fetched from a real local key server, named by the same environment variable production uses. Every test
 * starts from empty tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    protected static final KeyServer KEYS = KeyServer.shared();
    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @DynamicPropertySource
    static void keyServer(DynamicPropertyRegistry registry) {
        registry.add("ATLASSIAN_CONNECT_PUBLIC_KEY_BASE_URL", KEYS::baseUrl);
        // fake sites have no Jira to backfill from; pipeline tests against the sandbox turn it on
        registry.add("keystone.sync.enabled", () -> "false");
        // and no Jira to ask about permissions: sandbox tests check those against the simulated site
        registry.add("keystone.permissions.enforce", () -> "false");
        // nor to run automation rules against: this context stays cached while sandbox tests run on the same
        // database, and its workers (permissions not enforced) would otherwise claim the sandbox sites' triggers
        registry.add("keystone.automation.workers", () -> "0");
        // failing events are retried and parked within a test's patience
        registry.add("keystone.pipeline.retry-base-ms", () -> "50");
        registry.add("keystone.pipeline.max-attempts", () -> "3");
    }

    @BeforeEach
    void emptyTables() {
        // background workers of other cached contexts may hold row locks: a deadlock victim just tries again
        for (int attempt = 1; ; attempt++) {
            try {
                db.sql("truncate jira_webhook_delivery, tenant, atlassian_host, atlassian_host_mapping cascade").update();
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    protected FakeJiraSite site(String name) {
        return new FakeJiraSite(name, KEYS);
    }

    /** Installs the site the way Jira does and checks that it worked. */
    protected FakeJiraSite installed(String name) {
        FakeJiraSite site = site(name);
        Response r = install(site, site.signedInstallToken("POST", "/installed"));
        if (r.status() != 204) {
            throw new AssertionError("install failed: " + r);
        }
        return site;
    }

    protected Response install(FakeJiraSite site, String token) {
        return post("/installed", token, site.lifecyclePayload("installed"), Map.of());
    }

    protected Response post(String pathAndQuery, String token, Object body, Map<String, String> headers) {
        return request("POST", pathAndQuery, token, body, headers);
    }

    /** Any method with a JSON body ({@code null}: none) and an optional JWT. */
    protected Response request(String method, String pathAndQuery, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers
                            .ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "JWT " + token);
            }
            headers.forEach(request::header);
            return send(request.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String pathAndQuery, String authorizationToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (authorizationToken != null) {
            request.header("Authorization", "JWT " + authorizationToken);
        }
        return send(request.build());
    }

    protected URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static void assertProblem(Response r, int status, String code) {
        if (!r.isProblem(status, code)) {
            throw new AssertionError("expected problem+json " + status + " " + code + " but got " + r);
        }
    }

    protected int count(String table) {
        return db.sql("select count(*) from " + table).query(Integer.class).single();
    }

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public boolean isProblem(int expectedStatus, String code) {
            return status == expectedStatus && contentType.startsWith("application/problem+json")
                    && code.equals(json().path("code").asText());
        }
    }
}
