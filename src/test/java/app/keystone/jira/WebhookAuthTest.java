package app.keystone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class WebhookAuthTest extends IntegrationTest {

    private static final String PATH = "/webhooks/issue-updated";
    private FakeJiraSite acme;

    @BeforeEach
    void install() {
        acme = installed("acme");
    }

    @Test
    void signedWebhookIsAcceptedAndRecordedOnce() {
        Map<String, String> headers = Map.of("X-Atlassian-Webhook-Identifier", "wh-1");
        assertThat(deliver(acme.hs256("POST", PATH), headers).status()).isEqualTo(204);
        assertThat(deliver(acme.hs256("POST", PATH), Map.of("X-Atlassian-Webhook-Identifier", "wh-1",
                "X-Atlassian-Webhook-Retry", "1")).status()).isEqualTo(204);

        var row = db.sql("""
                select d.event, d.payload ->> 'webhookEvent' as declared from jira_webhook_delivery d
                join tenant t on t.id = d.tenant_id where t.client_key = ?""").param(acme.clientKey).query().singleRow();
        assertThat(row).containsEntry("event", "jira:issue_updated").containsEntry("declared", "jira:issue_updated");
    }

    @Test
    void wrongSecretIsRejected(CapturedOutput logs) {
        String token = FakeJiraSite.hs256(new JWTClaimsSet.Builder().issuer(acme.clientKey)
                .claim("qsh", app.keystone.sandbox.auth.QueryStringHash.of("POST", PATH)).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).build(), FakeJiraSite.newSecret());
        assertRejected(deliver(token, Map.of()), "JWT_INVALID");
        assertThat(logs.getAll()).doesNotContain(token).doesNotContain(acme.sharedSecret);
    }

    @Test
    void wrongQshIsRejected() {
        assertRejected(deliver(acme.hs256("POST", "/webhooks/issue-created"), Map.of()), "JWT_QSH_MISMATCH");
    }

    @Test
    void missingTokenIsRejected() {
        assertRejected(deliver(null, Map.of()), "JWT_REQUIRED");
    }

    @Test
    void expiredTokenIsRejected() {
        Instant past = Instant.now().minusSeconds(3600);
        assertRejected(deliver(acme.hs256("POST", PATH,
                c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(180)))), Map.of()), "JWT_INVALID");
    }

    @Test
    void tokenWithoutQshIsRejected() {
        String token = acme.hs256("POST", PATH, c -> c.claim("qsh", null));
        assertRejected(deliver(token, Map.of()), "JWT_QSH_MISSING");
    }

    @Test
    void contextTokenIsRejectedOnAWebhook() {
        assertRejected(deliver(acme.contextToken("user-1"), Map.of()), "JWT_QSH_MISMATCH");
    }

    @Test
    void anotherTenantsTokenCannotDeliverForThisTenant() {
        FakeJiraSite other = installed("other");
        // signed by the other site, claiming to be acme
        String forged = FakeJiraSite.hs256(new JWTClaimsSet.Builder().issuer(acme.clientKey)
                .claim("qsh", app.keystone.sandbox.auth.QueryStringHash.of("POST", PATH)).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).build(), other.sharedSecret);
        assertRejected(deliver(forged, Map.of()), "JWT_INVALID");

        // the other site's own token lands under the other tenant only
        assertThat(deliver(other.hs256("POST", PATH), Map.of("X-Atlassian-Webhook-Identifier", "x")).status()).isEqualTo(204);
        assertThat(db.sql("select t.client_key from jira_webhook_delivery d join tenant t on t.id = d.tenant_id")
                .query(String.class).list()).containsExactly(other.clientKey);
    }

    @Test
    void malformedPayloadIsABadRequestAndStoresNothing() {
        Response r = post(PATH, acme.hs256("POST", PATH), "[1,2", Map.of());
        assertProblem(r, 400, "MALFORMED_BODY");
        Response mismatch = post(PATH, acme.hs256("POST", PATH), Map.of("webhookEvent", "jira:issue_deleted"), Map.of());
        assertProblem(mismatch, 400, "WEBHOOK_EVENT_MISMATCH");
        assertThat(count("jira_webhook_delivery")).isZero();
    }

    @Test
    void unknownWebhookPathIsNotFound() {
        String path = "/webhooks/sprint-started";
        assertProblem(post(path, acme.hs256("POST", path), Map.of("webhookEvent", "sprint_started"), Map.of()),
                404, "WEBHOOK_NOT_FOUND");
    }

    @Test
    void otherMethodsAreNotAllowed() {
        assertProblem(request("GET", PATH, acme.hs256("GET", PATH), null, Map.of()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(request("PUT", PATH, acme.hs256("PUT", PATH), Map.of(), Map.of()), 405, "METHOD_NOT_ALLOWED");
        assertThat(count("jira_webhook_delivery")).isZero();
    }

    @Test
    void answersCarryTheHeadersOfEveryOtherAnswer() throws Exception {
        // webhooks are answered ahead of Spring Security's chain, so its header writer's output is repeated by hand
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> webhook = http.send(HttpRequest.newBuilder(uri(PATH))
                .header("Authorization", "JWT " + acme.hs256("POST", PATH)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(JiraPayloads.issueEvent(
                        "jira:issue_updated", new JiraPayloads.Issue(10001, "WEB-1", Instant.now()), 1))))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(uri("/api/session")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webhook.statusCode()).isEqualTo(204);
        assertThat(elsewhere.statusCode()).isEqualTo(401);
        Set<String> perAnswer = Set.of(":status", "date", "content-type", "content-length", "transfer-encoding",
                "connection", "keep-alive", "www-authenticate", "vary");
        elsewhere.headers().map().forEach((name, values) -> {
            if (!perAnswer.contains(name)) {
                assertThat(webhook.headers().allValues(name)).as(name).isEqualTo(values);
            }
        });
    }

    private Response deliver(String token, Map<String, String> headers) {
        Map<String, Object> payload = new java.util.HashMap<>(JiraPayloads.issueEvent("jira:issue_updated",
                new JiraPayloads.Issue(10001, "WEB-1", Instant.ofEpochMilli(1764150000000L)), 1));
        payload.put("fieldJiraAddedYesterday", "x");
        return post(PATH, token, payload, headers);
    }

    private void assertRejected(Response r, String code) {
        assertProblem(r, 401, code);
        assertThat(count("jira_webhook_delivery")).isZero();
    }
}
