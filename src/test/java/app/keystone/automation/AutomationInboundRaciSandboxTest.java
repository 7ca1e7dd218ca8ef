package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/automation/inbound/raci} against the sandbox: the issue's own RACI is set as the app, with the same
 * checks as the RACI API (users looked up in the site, one A and at least one R), or nothing changes.
 */
class AutomationInboundRaciSandboxTest extends AutomationSandboxSupport {

    private Response inbound(String secret, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port()
                        + "/api/automation/inbound/raci")).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + secret).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void rolesAreSetForTheIssueInThePayloadAndInvalidOnesChangeNothing() {
        Response rotated = sendTo("POST", "/api/automation/inbound/secret", null, contextToken(PRIYA));
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String secret = rotated.json().path("secret").asText();
        // only admins may make one
        assertProblem(sendTo("POST", "/api/automation/inbound/secret", null, contextToken(TOMAS)), 403,
                "ADMIN_REQUIRED");
        assertProblem(sendTo("GET", "/api/automation/inbound", null, contextToken(TOMAS)), 403, "ADMIN_REQUIRED");

        long story = create(project(), "Story", "Set by Jira Automation", null);
        String key = key(story);
        Response set = inbound(secret, """
                {"issue": "%s", "assignments": [
                  {"role": "A", "accountId": "%s"}, {"role": "R", "accountId": "%s", "note": "builds it"},
                  {"role": "I", "accountId": "%s"}]}""".formatted(key, PRIYA, TOMAS, AISHA));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("assignments").asInt()).isEqualTo(3);
        assertThat(effective(get("issue/" + story, PRIYA), "I")).containsExactly(AISHA + "@issue:" + story);
        assertThat(effective(get("issue/" + story, PRIYA), "R")).containsExactly(TOMAS + "@issue:" + story);

        // no R: the RACI rule refuses it; an unknown user; a bad role: 400 and the RACI stays as it was
        Response noR = inbound(secret, "{\"issue\": \"%s\", \"assignments\": [{\"role\": \"A\", \"accountId\": \"%s\"}]}"
                .formatted(key, PRIYA));
        assertThat(noR.status()).as(noR.body()).isEqualTo(400);
        Response unknownUser = inbound(secret, ("{\"issue\": \"%s\", \"assignments\": [{\"role\": \"A\", \"accountId\":"
                + " \"%s\"}, {\"role\": \"R\", \"accountId\": \"nobody-here-42\"}]}").formatted(key, PRIYA));
        assertProblem(unknownUser, 400, "RACI_UNKNOWN_USER");
        Response badRole = inbound(secret, "{\"issue\": \"%s\", \"assignments\": [{\"role\": \"Z\", \"accountId\": \"%s\"}]}"
                .formatted(key, PRIYA));
        assertProblem(badRole, 400, "VALIDATION_FAILED");
        assertThat(badRole.json().path("errors").get(0).path("field").asText()).isEqualTo("assignments[0].role");
        assertProblem(inbound(secret, "{\"issue\": \"%s\"}".formatted(key)), 400, "VALIDATION_FAILED");
        assertThat(effective(get("issue/" + story, PRIYA), "I")).containsExactly(AISHA + "@issue:" + story);
        assertThat(runs(key)).extracting(r -> r.path("ruleKey").asText()).containsExactly("inbound-raci");

        db.sql("delete from automation_inbound_secret where tenant_id = ?").param(tenant).update();
    }
}
