package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.ApiTest;
import app.keystone.support.FakeJiraSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/automation/inbound/risk} as Jira Automation calls it: the site's secret in a Bearer header,
 * a JSON body with smart values rendered. Every refusal changes nothing; a secret acts on its own site only.
 */
class AutomationInboundApiTest extends ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    InboundLimiter limiter;

    private String secret;

    @BeforeEach
    void secret() {
        limiter.reset();
        mirrored(acmeTenant, 10001, "WEB-1");
        assigned(acmeTenant, 10001, "assignee-1");
        Reply rotated = call("POST", "/api/automation/inbound/secret", token, null, Map.of());
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        secret = rotated.json().path("secret").asText();
    }

    @AfterEach
    void freshLimits() {
        limiter.reset();
    }

    private record Answer(int status, String body, String retryAfter) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(body, e);
            }
        }
    }

    private Answer inbound(String ruleKey, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/automation/inbound/" + ruleKey))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assigned(UUID tenant, long issueId, String accountId) {
        db.sql("update jira_issue set assignee_id = ? where tenant_id = ? and issue_id = ?").param(accountId)
                .param(tenant).param(issueId).update();
    }

    private Answer risk(String body) {
        return inbound("risk", "Bearer " + secret, body);
    }

    private int risks(UUID tenant) {
        return db.sql("select count(*) from risk where tenant_id = ?").param(tenant).query(Integer.class).single();
    }

    private static void problem(Answer a, int status, String code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.json().path("code").asText()).as(a.body()).isEqualTo(code);
    }

    @Test
    void aValidCallCreatesTheIssuesRiskThenUpdatesItUntilItIsClosed() {
        Reply status = get("/api/automation/inbound");
        assertThat(status.json().path("configured").asBoolean()).isTrue();
        assertThat(status.json().path("hint").asText()).isEqualTo("…" + secret.substring(secret.length() - 4));
        assertThat(status.json().path("rotatedAt").asText()).isNotBlank();

        Answer created = risk("""
                {"issue": "WEB-1", "title": "Vendor API late", "probability": "4", "impact": 3,
                 "ownerAccountId": "owner-1", "description": "raised by Jira Automation"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("action").asText()).isEqualTo("created");
        String riskId = created.json().path("riskId").asText();
        JsonNode risk = get("/api/risks/" + riskId).json();
        assertThat(risk.path("title").asText()).isEqualTo("Vendor API late");
        assertThat(risk.path("probability").asInt()).isEqualTo(4);
        assertThat(risk.path("ownerAccountId").asText()).isEqualTo("owner-1");
        assertThat(db.sql("select issue_id from risk_issue where risk_id = ?::uuid").param(riskId)
                .query(Long.class).list()).containsExactly(10001L);

        // the same issue again, by id this time: the open risk it created is updated, not duplicated
        Answer updated = risk("{\"issue\": \"10001\", \"title\": \"Vendor API very late\", \"probability\": 5, "
                + "\"impact\": 4}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("riskId").asText()).isEqualTo(riskId);
        assertThat(risks(acmeTenant)).isEqualTo(1);
        risk = get("/api/risks/" + riskId).json();
        assertThat(risk.path("score").asInt()).isEqualTo(20);
        assertThat(risk.path("ownerAccountId").asText()).isEqualTo("owner-1");

        // once that risk is closed, the next call raises a new one
        Reply closed = call("PATCH", "/api/risks/" + riskId, token, Map.of("status", "CLOSED"),
                Map.of("Content-Type", "application/merge-patch+json"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        Answer again = risk("{\"issue\": \"WEB-1\", \"title\": \"Vendor API late again\", \"probability\": 2, "
                + "\"impact\": 2}");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("riskId").asText()).isNotEqualTo(riskId);
        // no owner sent and no RACI on the issue: its assignee owns the risk
        assertThat(get("/api/risks/" + again.json().path("riskId").asText()).json().path("ownerAccountId").asText())
                .isEqualTo("assignee-1");
        assertThat(risks(acmeTenant)).isEqualTo(2);

        JsonNode runs = get("/api/automation/runs?ruleKey=inbound-risk").json().path("items");
        assertThat(runs).extracting(r -> r.path("outcome").asText()).containsOnly("ACTED");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).path("issueKey").asText()).isEqualTo("WEB-1");
    }

    @Test
    void wrongRotatedOrMissingSecretsAre401AndChangeNothing() {
        String body = "{\"issue\": \"WEB-1\", \"title\": \"x\", \"probability\": 1, \"impact\": 1}";
        problem(inbound("risk", null, body), 401, "INBOUND_SECRET_REQUIRED");
        problem(inbound("risk", "Bearer", body), 401, "INBOUND_SECRET_REQUIRED");
        // other schemes are refused before Keystone (Spring Security takes Basic), still 401
        assertThat(inbound("risk", "Basic dXNlcjpwYXNz", body).status()).isEqualTo(401);
        problem(inbound("risk", "Bearer " + secret + "x", body), 401, "INBOUND_SECRET_INVALID");
        // a context JWT is not how this path is called
        assertThat(inbound("risk", "JWT " + token, body).status()).isEqualTo(401);
        // before the secret, not even the rule's existence is revealed
        problem(inbound("nope", "Bearer wrong", body), 401, "INBOUND_SECRET_INVALID");

        String old = secret;
        Reply rotated = call("POST", "/api/automation/inbound/secret", token, null, Map.of());
        secret = rotated.json().path("secret").asText();
        assertThat(secret).isNotEqualTo(old);
        problem(inbound("risk", "Bearer " + old, body), 401, "INBOUND_SECRET_INVALID");
        assertThat(risks(acmeTenant)).isZero();
        assertThat(risk(body).status()).isEqualTo(201);
        // the secret's admin endpoints keep needing a context JWT
        assertThat(call("POST", "/api/automation/inbound/secret", "not-a-jwt", null, Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void malformedPayloadsAre400UnknownIssuesAndRules404AndNothingChanges() {
        problem(risk("not json"), 400, "INBOUND_PAYLOAD_INVALID");
        problem(risk("[1, 2]"), 400, "INBOUND_PAYLOAD_INVALID");
        problem(risk(""), 400, "INBOUND_PAYLOAD_INVALID");
        problem(risk("null"), 400, "INBOUND_PAYLOAD_INVALID");
        problem(risk("{\"issue\": \"WEB-1\", \"title\": \"x\" \"probability\": 1}"), 400, "INBOUND_PAYLOAD_INVALID");
        problem(risk("{\"issue\": \"WEB-1\", \"title\": \"" + "x".repeat(70_000) + "\"}"), 400,
                "INBOUND_PAYLOAD_INVALID");
        Answer invalid = risk("{\"issue\": \"web 1\", \"probability\": 9, \"impact\": \"high\", \"colour\": 1}");
        problem(invalid, 400, "VALIDATION_FAILED");
        List<String> fields = new ArrayList<>();
        invalid.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("colour", "issue", "impact", "title");
        // the register's own rules apply too (probability 1..5)
        Answer outOfScale = risk("{\"issue\": \"WEB-1\", \"title\": \"x\", \"probability\": 9, \"impact\": 1}");
        problem(outOfScale, 400, "VALIDATION_FAILED");
        assertThat(outOfScale.json().path("errors").get(0).path("field").asText()).isEqualTo("probability");
        problem(risk("{\"issue\": \"WEB-404\", \"title\": \"x\", \"probability\": 1, \"impact\": 1}"), 404,
                "INBOUND_ISSUE_NOT_FOUND");
        problem(inbound("escalate", "Bearer " + secret, "{}"), 404, "UNKNOWN_RULE");
        assertThat(risks(acmeTenant)).isZero();
        assertThat(db.sql("select count(*) from automation_issue_risk where tenant_id = ?").param(acmeTenant)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSitesSecretNeverReachesAnotherSitesIssues() {
        FakeJiraSite globex = installed("globex");
        UUID globexTenant = tenantOf(globex);
        mirrored(globexTenant, 10001, "OPS-1");
        mirrored(globexTenant, 20002, "OPS-2");
        assigned(globexTenant, 20002, "globex-assignee");
        problem(risk("{\"issue\": \"OPS-2\", \"title\": \"x\", \"probability\": 1, \"impact\": 1}"), 404,
                "INBOUND_ISSUE_NOT_FOUND");
        problem(risk("{\"issue\": \"20002\", \"title\": \"x\", \"probability\": 1, \"impact\": 1}"), 404,
                "INBOUND_ISSUE_NOT_FOUND");
        // the same issue id on both sites: acme's secret acts on acme's issue only
        assertThat(risk("{\"issue\": \"10001\", \"title\": \"Acme's\", \"probability\": 1, \"impact\": 1}").status())
                .isEqualTo(201);
        assertThat(risks(acmeTenant)).isEqualTo(1);
        assertThat(risks(globexTenant)).isZero();
        // globex's own secret works for globex, and acme's status does not show it
        String globexSecret = call("POST", "/api/automation/inbound/secret", globex.contextToken("user-9"), null,
                Map.of()).json().path("secret").asText();
        Answer theirs = inbound("risk", "Bearer " + globexSecret,
                "{\"issue\": \"OPS-2\", \"title\": \"Globex's\", \"probability\": 1, \"impact\": 1}");
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(risks(globexTenant)).isEqualTo(1);
        assertThat(get("/api/automation/inbound").json().path("hint").asText())
                .isEqualTo("…" + secret.substring(secret.length() - 4));
    }

    @Test
    void aSiteOverItsRateIsAnswered429WithRetryAfter() {
        String body = "{\"issue\": \"WEB-404\", \"title\": \"x\", \"probability\": 1, \"impact\": 1}";
        Answer last = null;
        for (int i = 0; i < 61 && (last == null || last.status() != 429); i++) {
            last = risk(body);
        }
        problem(last, 429, "INBOUND_RATE_LIMITED");
        assertThat(Integer.parseInt(last.retryAfter())).isBetween(1, 60);
    }
}
