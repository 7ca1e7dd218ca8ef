package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * *Escalate* from risks saved through Keystone's API: the risk module's level event queues the trigger in the save's
 * transaction; the owner and the linked issues' effective Accountable are e-mailed through the site's notify, once
 * per risk and level reached.
 */
class AutomationEscalateSandboxTest extends AutomationSandboxSupport {

    private String riskOn(long issue, int probability, int impact) {
        ObjectNode body = json().put("title", "Vendor late " + issue).put("probability", probability)
                .put("impact", impact).put("ownerAccountId", LENA);
        body.putArray("issueIds").add(Long.toString(issue));
        Response r = sendTo("POST", "/api/risks", body.toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private void rescore(String risk, int probability, int impact) {
        Response r = sendTo("PATCH", "/api/risks/" + risk, json().put("probability", probability)
                .put("impact", impact).toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** A story whose Accountable (Kwame) comes from its epic. */
    private long storyUnderKwame() {
        String project = project();
        long epic = create(project, "Epic", "Vendor integration", null);
        long story = create(project, "Story", "Call the vendor", epic);
        assertThat(put("issue/" + epic, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        return story;
    }

    @Test
    void reachingHighThenCriticalEmailsOwnerAndAccountableOncePerLevel() {
        long story = storyUnderKwame();
        String key = key(story);
        enable("escalate", false, "{}");
        String risk = riskOn(story, 2, 2); // 4: LOW on the default matrix
        rescore(risk, 2, 3); // 6: MEDIUM, not an escalation
        awaitQuiet();
        assertThat(runs(key)).isEmpty();

        rescore(risk, 4, 3); // 12: HIGH
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("ruleKey").asText()).isEqualTo("escalate");
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("riskId").asText()).isEqualTo(risk);
        assertThat(run.path("trigger").asText()).contains("HIGH").contains("MEDIUM");
        assertThat(notifications(key)).singleElement()
                .satisfies(to -> assertThat(to).containsExactlyInAnyOrder(LENA, KWAME));

        rescore(risk, 5, 5); // 25: CRITICAL, a new level
        awaitRuns(key, 2);
        // down to MEDIUM and back to HIGH: HIGH was reached before, nobody is told again
        rescore(risk, 2, 3);
        rescore(risk, 4, 3);
        awaitQuiet();
        assertThat(runs(key)).hasSize(2);
        assertThat(notifications(key)).hasSize(2);
    }

    @Test
    void aRiskCreatedHighInDryRunSendsNothingAndAnUnlinkedOneIsSkipped() {
        long story = storyUnderKwame();
        String key = key(story);
        enable("escalate", true, "{}");
        riskOn(story, 5, 4);
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).contains(LENA).contains(KWAME).contains(key);
        assertThat(notifications(key)).isEmpty();

        Response unlinked = sendTo("POST", "/api/risks", json().put("title", "Unlinked").put("probability", 5)
                .put("impact", 5).put("ownerAccountId", LENA).toString(), contextToken(PRIYA));
        assertThat(unlinked.status()).isEqualTo(201);
        String id = unlinked.json().path("id").asText();
        awaitQuiet();
        JsonNode skipped = sendTo("GET", "/api/automation/runs?ruleKey=escalate&outcome=SKIPPED", null,
                contextToken(PRIYA)).json().path("items");
        assertThat(skipped).anySatisfy(r -> {
            assertThat(r.path("riskId").asText()).isEqualTo(id);
            assertThat(r.path("detail").asText()).contains("linked to no issue");
        });
    }

    @Test
    void aDisabledRuleQueuesNothing() {
        long story = storyUnderKwame();
        riskOn(story, 5, 5);
        assertThat(db.sql("select count(*) from automation_trigger where tenant_id = ?").param(tenant)
                .query(Integer.class).single()).isZero();
        assertThat(runs(key(story))).isEmpty();
    }
}
