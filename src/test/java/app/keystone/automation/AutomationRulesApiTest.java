package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/automation/rules} and {@code /api/automation/runs}: contract, validation, admin-only changes. */
class AutomationRulesApiTest extends AutomationSandboxSupport {

    @Autowired
    RunLog log;

    private JsonNode doneInform(String as) {
        return listed("done-inform", as);
    }

    private JsonNode listed(String key, String as) {
        Response r = sendTo("GET", "/api/automation/rules", null, contextToken(as));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode rule : r.json().path("items")) {
            if (key.equals(rule.path("key").asText())) {
                return rule;
            }
        }
        throw new AssertionError("no " + key + " in " + r.body());
    }

    @Test
    void slipRescoreTakesAStepOfOneOrTwoAndRaciGapNoParameters() {
        JsonNode slip = listed("slip-rescore", TOMAS);
        assertThat(slip.path("name").asText()).isEqualTo("Slip → re-score");
        assertThat(slip.path("params").path("step").asInt()).isEqualTo(1);
        JsonNode step = slip.path("paramDefs").get(0);
        assertThat(step.path("min").asInt()).isEqualTo(1);
        assertThat(step.path("max").asInt()).isEqualTo(2);
        Response bad = rule("slip-rescore", "{\"enabled\":true,\"dryRun\":false,\"params\":{\"step\":3}}");
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("params.step");
        assertThat(bad.json().path("errors").get(0).path("message").asText()).isEqualTo("must be 1..2");
        assertThat(listed("slip-rescore", PRIYA).path("enabled").asBoolean()).isFalse();
        enable("slip-rescore", false, "{\"step\":2}");
        assertThat(listed("slip-rescore", PRIYA).path("params").path("step").asInt()).isEqualTo(2);

        JsonNode gap = listed("raci-gap", TOMAS);
        assertThat(gap.path("name").asText()).isEqualTo("RACI gap");
        assertThat(gap.path("paramDefs")).isEmpty();
        assertProblem(rule("raci-gap", "{\"enabled\":true,\"dryRun\":false,\"params\":{\"days\":1}}"), 400,
                "VALIDATION_FAILED");
    }

    @Test
    void weeklyDigestTakesAnIsoDayAndAnHourAndRefusesOthersNamingTheField() {
        JsonNode digest = listed("weekly-digest", TOMAS);
        assertThat(digest.path("name").asText()).isEqualTo("Weekly digest");
        assertThat(digest.path("params").path("dayOfWeek").asInt()).isEqualTo(1);
        assertThat(digest.path("params").path("hour").asInt()).isEqualTo(9);
        assertThat(digest.path("paramDefs")).extracting(d -> d.path("name").asText() + " " + d.path("type").asText()
                + " " + d.path("min").asInt() + ".." + d.path("max").asInt())
                .containsExactly("dayOfWeek integer 1..7", "hour integer 0..23");
        for (String[] bad : new String[][] {{"dayOfWeek", "0", "must be 1..7"}, {"dayOfWeek", "8", "must be 1..7"},
                {"hour", "24", "must be 0..23"}, {"hour", "-1", "must be 0..23"}, {"hour", "9.5", "must be a whole number"}}) {
            Response r = rule("weekly-digest", "{\"enabled\":true,\"dryRun\":false,\"params\":{\"" + bad[0] + "\":"
                    + bad[1] + "}}");
            assertProblem(r, 400, "VALIDATION_FAILED");
            assertThat(r.json().path("errors")).singleElement().satisfies(e -> {
                assertThat(e.path("field").asText()).isEqualTo("params." + bad[0]);
                assertThat(e.path("message").asText()).isEqualTo(bad[2]);
            });
        }
        assertThat(listed("weekly-digest", PRIYA).path("version").asLong()).isZero();
        enable("weekly-digest", false, "{\"dayOfWeek\":7,\"hour\":0}");
        assertThat(listed("weekly-digest", TOMAS).path("params").toString()).isEqualTo("{\"dayOfWeek\":7,\"hour\":0}");
    }

    @Test
    void rulesAreListedDisabledWithDefaultsUntilAnAdminSavesThem() {
        JsonNode rule = doneInform(TOMAS);
        assertThat(rule.path("name").asText()).isEqualTo("Done → inform");
        assertThat(rule.path("description").asText()).isNotBlank();
        assertThat(rule.path("enabled").asBoolean()).isFalse();
        assertThat(rule.path("dryRun").asBoolean()).isFalse();
        assertThat(rule.path("version").asLong()).isZero();
        assertThat(rule.path("params").path("anyCategoryChange").asBoolean(true)).isFalse();
        JsonNode def = rule.path("paramDefs").get(0);
        assertThat(def.path("name").asText()).isEqualTo("anyCategoryChange");
        assertThat(def.path("type").asText()).isEqualTo("boolean");
        assertThat(def.path("default").isBoolean()).isTrue();
        assertThat(def.has("min")).isFalse();

        Response saved = rule("done-inform", "{\"enabled\":true,\"dryRun\":true,\"params\":{\"anyCategoryChange\":true}}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("version").asLong()).isEqualTo(1);
        rule = doneInform(TOMAS);
        assertThat(rule.path("enabled").asBoolean()).isTrue();
        assertThat(rule.path("dryRun").asBoolean()).isTrue();
        assertThat(rule.path("params").path("anyCategoryChange").asBoolean()).isTrue();

        // If-Match: the version the caller saw
        Response stale = sendWithIfMatch("\"0\"");
        assertProblem(stale, 412, "RULE_VERSION_MISMATCH");
        assertThat(sendWithIfMatch("\"1\"").status()).isEqualTo(200);
        assertThat(doneInform(TOMAS).path("version").asLong()).isEqualTo(2);
    }

    private Response sendWithIfMatch(String etag) {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + port() + "/api/automation/rules/done-inform"))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":false,\"dryRun\":false}"))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .header("Authorization", "JWT " + contextToken(PRIYA)).build();
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invalidChangesAreRefusedAndNothingIsSaved() {
        assertProblem(sendTo("PUT", "/api/automation/rules/done-inform",
                "{\"enabled\":true,\"dryRun\":false}", contextToken(TOMAS)), 403, "ADMIN_REQUIRED");
        assertProblem(rule("no-such-rule", "{\"enabled\":true,\"dryRun\":false}"), 404, "UNKNOWN_RULE");
        Response bad = rule("done-inform", "{\"enabled\":true,\"params\":{\"anyCategoryChange\":\"yes\",\"x\":1}}");
        assertProblem(bad, 400, "VALIDATION_FAILED");
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("dryRun", "params.anyCategoryChange", "params.x");
        assertThat(rule("done-inform", "{\"enabled\":true,\"dryRun\":false,\"colour\":\"red\"}").status())
                .isEqualTo(400);
        assertThat(rule("done-inform", "not json").status()).isEqualTo(400);
        assertThat(rule("done-inform", "{\"enabled\":true,\"dryRun\":false,\"params\":[]}").status()).isEqualTo(400);
        assertThat(doneInform(PRIYA).path("enabled").asBoolean()).isFalse();
        assertThat(doneInform(PRIYA).path("version").asLong()).isZero();
    }

    @Test
    void runsArePagedNewestFirstAndFiltered() {
        TenantId site = new TenantId(tenant);
        db.sql("delete from automation_run where tenant_id = ?").param(tenant).update();
        for (int i = 1; i <= 5; i++) {
            log.add(site, "done-inform", "WEB-" + i + " moved", (long) i, "WEB-" + i, null,
                    i % 2 == 0 ? Outcome.SKIPPED : Outcome.ACTED, "run " + i);
        }
        Response first = sendTo("GET", "/api/automation/runs?limit=2", null, contextToken(PRIYA));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("items")).extracting(r -> r.path("detail").asText())
                .containsExactly("run 5", "run 4");
        JsonNode item = first.json().path("items").get(0);
        assertThat(item.path("ruleKey").asText()).isEqualTo("done-inform");
        assertThat(item.path("issueKey").asText()).isEqualTo("WEB-5");
        assertThat(item.path("at").asText()).isNotBlank();
        String cursor = first.json().path("nextCursor").asText();
        JsonNode rest = sendTo("GET", "/api/automation/runs?limit=2&cursor=" + cursor, null, contextToken(PRIYA))
                .json();
        assertThat(rest.path("items")).extracting(r -> r.path("detail").asText()).containsExactly("run 3", "run 2");
        JsonNode last = sendTo("GET", "/api/automation/runs?limit=2&cursor=" + rest.path("nextCursor").asText(),
                null, contextToken(PRIYA)).json();
        assertThat(last.path("items")).hasSize(1);
        assertThat(last.path("nextCursor").isNull()).isTrue();

        JsonNode skipped = sendTo("GET", "/api/automation/runs?outcome=SKIPPED&ruleKey=done-inform", null,
                contextToken(PRIYA)).json();
        assertThat(skipped.path("items")).extracting(r -> r.path("detail").asText()).containsExactly("run 4", "run 2");
        assertThat(runs("WEB-3")).extracting(r -> r.path("detail").asText()).containsExactly("run 3");

        for (String bad : new String[] {"outcome=MAYBE", "ruleKey=nope", "issueKey=web-1", "cursor=abc",
                "limit=0", "limit=201", "limit=x"}) {
            assertProblem(sendTo("GET", "/api/automation/runs?" + bad, null, contextToken(PRIYA)), 400,
                    "VALIDATION_FAILED");
        }
        db.sql("delete from automation_run where tenant_id = ?").param(tenant).update();
    }
}
