package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class PublicEndpointsTest extends IntegrationTest {

    @Test
    void healthIsPublic() {
        Response r = get("/actuator/health", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        assertThat(get("/actuator/env", null).status()).isIn(401, 403, 404);
        assertThat(get("/actuator/beans", null).status()).isIn(401, 403, 404);
    }

    @Test
    void openApiDescribesKeystonesOwnApiOnly() {
        Response r = get("/v3/api-docs", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("paths").has("/api/session")).isTrue();
        assertThat(r.json().path("paths").fieldNames()).toIterable().allMatch(p -> p.startsWith("/api/"));
        // the tenant comes from the token, so it must not appear as a parameter
        assertThat(r.body()).doesNotContain("TenantContext");
    }

    @Test
    void unknownPathIsAProblemNotAWhitelabelPage() {
        Response r = get("/no/such/page", null);
        assertThat(r.status()).isIn(401, 404);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }
}
