package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@Import(ContextJwtTest.EchoApi.class)
class ContextJwtTest extends IntegrationTest {

    private FakeJiraSite acme;

    @BeforeEach
    void install() {
        acme = installed("acme");
    }

    @Test
    void contextTokenReachesTheApiAsTheUserOfItsSite() {
        Response r = get("/api/session", acme.contextToken("user-42"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("siteUrl").asText()).isEqualTo(acme.baseUrl);
        assertThat(r.json().path("accountId").asText()).isEqualTo("user-42");
    }

    @Test
    void contextTokenIsRefusedOnAnIframeLoad() {
        String path = "/views/admin";
        assertProblem(get(path + "?jwt=" + acme.contextToken("user-42"), null), 401, "JWT_QSH_MISMATCH");
        assertThat(get(path + "?jwt=" + acme.iframeToken(path, "user-42"), null).status()).isEqualTo(200);
    }

    @Test
    void requestBoundTokenIsRefusedByTheApi() {
        assertProblem(get("/api/session", acme.hs256("GET", "/api/session")), 401, "CONTEXT_JWT_REQUIRED");
    }

    @Test
    void apiWithoutTokenIsRefused() {
        assertProblem(get("/api/session", null), 401, "JWT_REQUIRED");
    }

    @Test
    void uninstalledSiteIsRefusedByTheApi() {
        String uninstall = acme.signedInstallToken("POST", "/uninstalled");
        assertThat(post("/uninstalled", uninstall, acme.lifecyclePayload("uninstalled"), Map.of()).status()).isEqualTo(204);
        assertProblem(get("/api/session", acme.contextToken("user-42")), 403, "TENANT_NOT_INSTALLED");
    }

    @Test
    void apiBodiesAreStrictAndNameTheUnknownField() {
        Response r = post("/api/test-echo", acme.contextToken("u"), Map.of("name", "Checkout", "colour", "red"), Map.of());
        assertProblem(r, 400, "UNKNOWN_FIELD");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("colour");
        assertThat(r.json().path("detail").asText()).contains("colour");
    }

    @Test
    void apiValidationAndMalformedJsonAreProblems() {
        Response invalid = post("/api/test-echo", acme.contextToken("u"), Map.of("name", "", "size", 9), Map.of());
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(invalid.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "size");

        assertProblem(post("/api/test-echo", acme.contextToken("u"), "{\"name\":", Map.of()), 400, "MALFORMED_BODY");
        assertProblem(post("/api/test-echo", acme.contextToken("u"), Map.of("name", "x", "size", "big"), Map.of()),
                400, "INVALID_FIELD");
    }

    @Test
    void wrongMethodAndUnknownPathAreProblems() {
        assertProblem(get("/api/test-echo", acme.contextToken("u")), 405, "METHOD_NOT_ALLOWED");
        assertProblem(get("/api/no-such-thing", acme.contextToken("u")), 404, "NOT_FOUND");
    }

    /** A stand-in for any /api endpoint with a body, to test the conventions every module inherits. */
    @TestConfiguration
    @RestController
    static class EchoApi {

        record EchoRequest(@NotBlank String name, @Min(1) @Max(5) Integer size) {
        }

        @PostMapping("/api/test-echo")
        EchoRequest echo(@Valid @RequestBody EchoRequest request) {
            return request;
        }
    }
}
