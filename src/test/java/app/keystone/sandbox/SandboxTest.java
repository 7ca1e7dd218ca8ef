package app.keystone.sandbox;

import app.keystone.sandbox.auth.QueryStringHash;
import app.keystone.sandbox.site.SandboxInstaller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox on a real port (its site URL and key server name the port, so it must be fixed before start),
 * on the embedded PostgreSQL, called over HTTP with tokens signed here the way Keystone signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("sandbox")
public abstract class SandboxTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int PORT = freePort();

    @Autowired
    protected JdbcClient db;

    @Autowired
    private SandboxInstaller installer;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        // small pages, so backfill crosses page boundaries on the demo site too
        registry.add("keystone.backfill.page-size", () -> "20");
        // test contexts share one database and so one inbox: the same retry settings as IntegrationTest's
        registry.add("keystone.pipeline.retry-base-ms", () -> "50");
        registry.add("keystone.pipeline.max-attempts", () -> "3");
    }

    protected static int port() {
        return PORT;
    }

    /** Keystone's tenant for the sandbox site (the one site the sandbox installs). */
    protected UUID sandboxTenant() {
        return db.sql("select t.id from tenant t join sandbox_site s on s.client_key = t.client_key")
                .query(UUID.class).single();
    }

    /** The sandbox's tenant once Keystone has backfilled the demo site's projects (and any a test added). */
    protected UUID demoBackfilled() {
        UUID tenant = sandboxTenant();
        app.keystone.support.MirrorProbe.await(() -> db.sql("""
                select count(*) >= 4 and bool_and(state = 'done') from jira_backfill where tenant_id = ?""")
                .param(tenant).query(Boolean.class).optional().orElse(false), java.time.Duration.ofSeconds(90), "backfill");
        return tenant;
    }

    protected String sharedSecret() {
        try {
            installer.installation().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("Keystone was not installed into the sandbox", e);
        }
        // other test classes share the database and empty Keystone's host tables between tests
        boolean installed = db.sql("select count(*) from tenant t join sandbox_site s on s.client_key = t.client_key "
                + "where t.installed").query(Integer.class).single() == 1;
        if (!installed) {
            installer.reinstall();
        }
        return db.sql("select shared_secret from sandbox_site").query(String.class).single();
    }

    /** A token as Keystone signs it for a call to {@code pathAndQuery} (relative to the site's base URL). */
    protected String token(String method, String pathAndQuery) {
        return signed(sharedSecret(), QueryStringHash.of(method, pathAndQuery));
    }

    protected static String signed(String secret, String qsh) {
        try {
            long now = System.currentTimeMillis();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("app.keystone").issueTime(new Date(now))
                    .expirationTime(new Date(now + 180_000)).claim("qsh", qsh).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token AP.context.getToken() hands a Keystone view for this user: iss = the site, qsh = context-qsh. */
    protected String contextToken(String accountId) {
        String secret = sharedSecret();
        String clientKey = db.sql("select client_key from sandbox_site").query(String.class).single();
        try {
            long now = System.currentTimeMillis();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(clientKey).subject(accountId)
                    .issueTime(new Date(now)).expirationTime(new Date(now + 180_000)).claim("qsh", "context-qsh").build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code /sandbox/jira + pathAndQuery}, signed correctly. */
    protected Response call(String method, String pathAndQuery, String body) {
        return send(method, pathAndQuery, body, token(method, pathAndQuery));
    }

    protected Response get(String pathAndQuery) {
        return call("GET", pathAndQuery, null);
    }

    protected Response send(String method, String pathAndQuery, String body, String token) {
        return sendTo(method, "/sandbox/jira" + pathAndQuery, body, token);
    }

    /** A request to any path of the server (Keystone's own, the shell's), not only the site's REST API. */
    protected Response sendTo(String method, String absolutePath, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + absolutePath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
