package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.Catalog;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** *Done → inform* through the real pipeline: sandbox edits, webhooks, mirror events, the worker, Jira's notify. */
class AutomationDoneInformSandboxTest extends AutomationSandboxSupport {

    @Autowired
    TriggerOutbox outbox;
    @Autowired
    TransactionTemplate tx;

    /** An epic with A, R and I (Aisha), a story under it inheriting them; @return the story's id */
    private long storyInformingAisha() {
        String project = project();
        long epic = create(project, "Epic", "Payments", null);
        long story = create(project, "Story", "Card form", epic);
        Response r = put("issue/" + epic, body("A|" + PRIYA, "R|" + TOMAS, "I|" + AISHA, "I|" + HANNAH));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return story;
    }

    @Test
    void aTransitionToDoneEmailsTheInheritedInformedOnceAndOtherMovesDoNothing() {
        long story = storyInformingAisha();
        String key = key(story);
        enable("done-inform", false, "{}");

        transition(story, Catalog.IN_PROGRESS);
        done(story);
        JsonNode runs = awaitRuns(key, 1);
        awaitQuiet();
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.path("ruleKey").asText()).isEqualTo("done-inform");
        assertThat(run.path("outcome").asText()).isEqualTo("ACTED");
        assertThat(run.path("issueId").asLong()).isEqualTo(story);
        assertThat(run.path("trigger").asText()).contains(key).contains("indeterminate").contains("done");
        assertThat(run.path("detail").asText()).contains(AISHA).contains(HANNAH);
        assertThat(notifications(key)).singleElement()
                .satisfies(to -> assertThat(to).containsExactlyInAnyOrder(AISHA, HANNAH));

        // the same transition replayed (a trigger with the same firing key, as a replay or a second node would
        // queue it) finds the firing and does nothing
        String firingKey = db.sql("select firing_key from automation_firing where tenant_id = ? and rule_key = ? "
                + "and firing_key like ?").param(tenant).param("done-inform").param("issue:" + story + "@%")
                .query(String.class).single();
        tx.executeWithoutResult(s -> outbox.add(new TenantId(tenant), RuleType.DONE_INFORM, firingKey, "replay",
                story, key, null, JSON.createObjectNode().put("from", "indeterminate").put("to", "done")));
        awaitQuiet();
        assertThat(runs(key)).hasSize(1);
        assertThat(notifications(key)).hasSize(1);

        // back to in progress: not a move to done, so nobody is told
        transition(story, Catalog.IN_PROGRESS);
        awaitQuiet();
        assertThat(runs(key)).hasSize(1);
    }

    @Test
    void duplicatedWebhooksProduceOneEmail() {
        long story = storyInformingAisha();
        String key = key(story);
        enable("done-inform", false, "{}");
        withDuplicatedWebhooks(() -> {
            done(story);
            awaitRuns(key, 1);
        });
        awaitQuiet();
        assertThat(runs(key)).hasSize(1);
        assertThat(notifications(key)).hasSize(1);
    }

    @Test
    void anyCategoryChangeInformsOnEveryMove() {
        long story = storyInformingAisha();
        String key = key(story);
        enable("done-inform", false, "{\"anyCategoryChange\":true}");
        transition(story, Catalog.IN_PROGRESS);
        done(story);
        awaitRuns(key, 2);
        awaitQuiet();
        assertThat(runs(key)).extracting(r -> r.path("outcome").asText()).containsExactly("ACTED", "ACTED");
        assertThat(notifications(key)).hasSize(2);
    }

    @Test
    void dryRunLogsWhatItWouldDoAndSendsNothing() {
        long story = storyInformingAisha();
        String key = key(story);
        enable("done-inform", true, "{}");
        done(story);
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).startsWith("Would have e-mailed").contains(AISHA);
        awaitQuiet();
        assertThat(notifications(key)).isEmpty();
    }

    @Test
    void withoutInformedTheRunIsSkippedWithTheReason() {
        String project = project();
        long task = create(project, "Story", "Lonely", null);
        String key = key(task);
        enable("done-inform", false, "{}");
        done(task);
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(run.path("detail").asText()).contains("no effective Informed");
        assertThat(notifications(key)).isEmpty();
    }

    @Test
    void aDisabledRuleDoesNothing() {
        long story = storyInformingAisha();
        String key = key(story);
        Response off = rule("done-inform", "{\"enabled\":false,\"dryRun\":false,\"params\":{}}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        done(story);
        new app.keystone.support.MirrorProbe(db).awaitDrained(tenant);
        // the listener ran in the mirror's transaction, which has committed: a disabled rule queued nothing
        assertThat(db.sql("select count(*) from automation_trigger where tenant_id = ?").param(tenant)
                .query(Integer.class).single()).isZero();
        assertThat(runs(key)).isEmpty();
        assertThat(notifications(key)).isEmpty();
    }
}
