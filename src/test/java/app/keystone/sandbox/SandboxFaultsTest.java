package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.faults.SandboxFaults;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SandboxFaultsTest extends SandboxTest {

    private static final String FIELD = "/rest/api/3/field";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    SandboxFaults faults;

    @AfterEach
    void switchOff() {
        // one app context and database for every test class: never leave faults on for the next test
        faults.reset();
    }

    @Test
    void rateLimitedCallsCarryJirasHeaders() throws Exception {
        assertThat(putFaults("{\"rateLimitShare\":1.0,\"retryAfterSeconds\":7}").status()).isEqualTo(200);
        HttpResponse<String> r = rawRest(FIELD);
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(r.headers().firstValue("X-RateLimit-Limit")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(r.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(r.headers().firstValue("RateLimit-Reason")).hasValue("jira-burst-based");
        String reset = r.headers().firstValue("X-RateLimit-Reset").orElseThrow();
        assertThat(reset).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ");
        Instant resetAt = LocalDateTime.parse(reset, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'"))
                .toInstant(ZoneOffset.UTC);
        assertThat(resetAt).isAfter(Instant.now());
        assertThat(faults.counters().rateLimited()).isEqualTo(1);
    }

    @Test
    void nextCallsAreDeterministic() {
        assertThat(putFaults("{\"nextRateLimited\":2,\"nextServerErrors\":1}").status()).isEqualTo(200);
        assertThat(get(FIELD).status()).isEqualTo(429);
        assertThat(get(FIELD).status()).isEqualTo(429);
        Response unavailable = get(FIELD);
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.json().path("errorMessages").get(0).asText()).isNotBlank();
        assertThat(unavailable.json().path("errors").isObject()).isTrue();
        assertThat(get(FIELD).status()).isEqualTo(200);

        JsonNode state = faults().json();
        assertThat(state.path("nextRateLimited").asInt()).isZero();
        assertThat(state.path("nextServerErrors").asInt()).isZero();
        assertThat(state.path("injected").path("rateLimited").asLong()).isEqualTo(2);
        assertThat(state.path("injected").path("serverErrors").asLong()).isEqualTo(1);
    }

    @Test
    void serverErrorShareFailsSomeCallsWithErrorCollections() {
        putFaults("{\"serverErrorShare\":1.0}");
        for (int i = 0; i < 4; i++) {
            Response r = get(FIELD);
            assertThat(r.status()).isIn(500, 503);
            assertThat(r.json().path("errorMessages").get(0).asText()).isNotBlank();
        }
        faults.reset();
        putFaults("{\"serverErrorShare\":0.5,\"seed\":1}");
        int failed = 0;
        for (int i = 0; i < 30; i++) {
            failed += get(FIELD).status() >= 500 ? 1 : 0;
        }
        // seeded draws: some, not all; and the counter agrees with what callers saw
        assertThat(failed).isBetween(5, 25);
        assertThat(faults.counters().serverErrors()).isEqualTo(failed);
    }

    @Test
    void slowCallsTakeAtLeastSlowMs() {
        putFaults("{\"slowShare\":1.0,\"slowMs\":400}");
        long start = System.nanoTime();
        Response r = get(FIELD);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).isEqualTo(200);
        assertThat(tookMs).isGreaterThanOrEqualTo(400);
        assertThat(faults.counters().slowed()).isEqualTo(1);
    }

    @Test
    void switchesNeverTouchTheShellOrTheDescriptor() throws Exception {
        putFaults("{\"rateLimitShare\":1.0,\"nextServerErrors\":3}");
        assertThat(sendTo("GET", "/sandbox/api/site", null, null).status()).isEqualTo(200);
        assertThat(sendTo("GET", "/sandbox/api/notifications", null, null).status()).isEqualTo(200);
        assertThat(faults().status()).isEqualTo(200);
        assertThat(sendTo("GET", "/atlassian-connect.json", null, null).status()).isEqualTo(200);
        // an unauthenticated call is a 401 whatever the switches say (faults apply after auth)
        assertThat(sendTo("GET", "/sandbox/jira" + FIELD, null, null).status()).isEqualTo(401);
        assertThat(faults.counters()).isEqualTo(new SandboxFaults.Counters(0, 0, 0));
        assertThat(get(FIELD).status()).isEqualTo(503);
    }

    @Test
    void faultsApiValidates() {
        for (String bad : new String[] {"{\"rateLimitShare\":1.5}", "{\"serverErrorShare\":-0.1}",
                "{\"rateLimitShare\":0.6,\"serverErrorShare\":0.6}", "{\"slowMs\":-1}", "{\"slowMs\":600000}",
                "{\"retryAfterSeconds\":0}", "{\"nextRateLimited\":-2}", "{\"nextServerErrors\":1.5}",
                "{\"slowShare\":\"half\"}", "{\"bogus\":1}", "[]"}) {
            Response r = putFaults(bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().path("error").asText()).as(bad).isNotBlank();
        }
        // nothing changed by the refused requests
        JsonNode state = faults().json();
        assertThat(state.path("rateLimitShare").asDouble()).isZero();
        assertThat(state.path("slowMs").asLong()).isEqualTo(1000);

        JsonNode changed = putFaults("{\"slowShare\":0.25,\"retryAfterSeconds\":30}").json();
        assertThat(changed.path("slowShare").asDouble()).isEqualTo(0.25);
        assertThat(changed.path("retryAfterSeconds").asInt()).isEqualTo(30);
        assertThat(changed.path("serverErrorShare").asDouble()).isZero();
        assertThat(changed.has("injected")).isTrue();
        assertThat(sendTo("DELETE", "/sandbox/api/faults", null, null).json().path("slowShare").asDouble()).isZero();
    }

    private Response faults() {
        return sendTo("GET", "/sandbox/api/faults", null, null);
    }

    private Response putFaults(String body) {
        return sendTo("PUT", "/sandbox/api/faults", body, null);
    }

    private HttpResponse<String> rawRest(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/sandbox/jira" + path))
                .header("Authorization", "JWT " + token("GET", path)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
