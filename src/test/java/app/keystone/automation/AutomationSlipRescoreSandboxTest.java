package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.shared.TenantId;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * *Slip → re-score* through the real pipeline: a due date edited in the site reaches the mirror as a webhook, the
 * mirror's event queues the trigger, the worker raises the linked risk's probability through the register; a program's
 * target date moved earlier through Keystone's API queues it in the edit's transaction. Overdue by the passage of time
 * and risks linked to issues already late are found by the hourly check (run here directly, as the scheduler would).
 */
class AutomationSlipRescoreSandboxTest extends AutomationSandboxSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    SlipCheck check;
    @Autowired
    TriggerOutbox outbox;
    @Autowired
    TransactionTemplate tx;

    /** The demo's overdue issues with open risks are set aside (as if re-scored already): only ours make it act. */
    @BeforeEach
    void setAsideTheDemosOverdueRisks() {
        db.sql("""
                insert into automation_firing (tenant_id, rule_key, firing_key)
                select r.tenant_id, 'slip-rescore', 'slip:' || r.id || '/' || i.issue_id || '@' || i.due_date
                from risk r join risk_issue l on l.risk_id = r.id
                join jira_issue i on i.tenant_id = l.tenant_id and i.issue_id = l.issue_id
                where r.tenant_id = ? and r.status = 'OPEN' and i.due_date is not null
                on conflict do nothing""").param(tenant).update();
    }

    private void due(long id, LocalDate date) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(id),
                json().put("dueDate", date.toString()).put("actor", PRIYA).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MirrorProbe.await(() -> date.equals(db.sql("select due_date from jira_issue where tenant_id = ? and issue_id = ?")
                .param(tenant).param(id).query(LocalDate.class).optional().orElse(null)), Duration.ofSeconds(30),
                "due date mirrored");
    }

    private UUID risk(long issue, int probability) {
        Response r = sendTo("POST", "/api/risks", json().put("title", "Late delivery " + issue)
                .put("probability", probability).put("impact", 3).put("ownerAccountId", PRIYA)
                .set("issueIds", JSON.createArrayNode().add(Long.toString(issue))).toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return UUID.fromString(r.json().path("id").asText());
    }

    private void target(String programId, LocalDate date) {
        Response r = sendTo("PATCH", "/api/programs/" + programId, json().put("targetDate", date.toString()).toString(),
                contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private int probability(UUID risk) {
        return db.sql("select probability from risk where id = ?").param(risk).query(Integer.class).single();
    }

    /** The risk's probability history, oldest first: account id (null = the app), from, to. */
    private List<Map<String, Object>> probabilityHistory(UUID risk) {
        return db.sql("select account_id, from_value, to_value from risk_history where risk_id = ? "
                + "and field = 'probability' and from_value is not null order by seq").param(risk).query().listOfRows();
    }

    /** A story of a new program due in 20 days, its target in 30, a risk at probability 2 linked to it. */
    private record Planned(long story, String key, String program, UUID risk) {
    }

    private Planned planned(String summary) {
        String project = project();
        long story = create(project, "Story", summary, null);
        String program = program("Target", List.of(story), project);
        target(program, TODAY.plusDays(30));
        UUID risk = risk(story, 2);
        due(story, TODAY.plusDays(20));
        return new Planned(story, key(story), program, risk);
    }

    private int queued() {
        return db.sql("select count(*) from automation_trigger where tenant_id = ?").param(tenant).query(Integer.class)
                .single();
    }

    @Test
    void aDueDatePastTheProgramTargetRaisesTheRiskOnceAsTheApp() {
        String project = project();
        long story = create(project, "Story", "Vendor integration", null);
        String key = key(story);
        String program = program("Slip", List.of(story), project);
        target(program, TODAY.plusDays(10));
        UUID risk = risk(story, 2);
        enable("slip-rescore", false, "{}");

        due(story, TODAY.plusDays(5)); // before the target and not overdue: no slip
        new MirrorProbe(db).awaitDrained(tenant);
        awaitQuiet();
        assertThat(runs(key)).isEmpty();

        due(story, TODAY.plusDays(20));
        JsonNode run = awaitRuns(key, 1).get(0);
        awaitQuiet();
        assertThat(run.path("ruleKey").asText()).isEqualTo("slip-rescore");
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("riskId").asText()).isEqualTo(risk.toString());
        assertThat(run.path("detail").asText()).contains("from 2 to 3").contains("target date");
        assertThat(probability(risk)).isEqualTo(3);
        assertThat(probabilityHistory(risk)).singleElement().satisfies(h -> {
            assertThat(h.get("account_id")).isNull();
            assertThat(h.get("from_value")).isEqualTo("2");
            assertThat(h.get("to_value")).isEqualTo("3");
        });

        // the same slip replayed (same firing key) and seen again by the check: nothing more
        String firingKey = "slip:" + risk + "/" + story + "@" + TODAY.plusDays(20);
        tx.executeWithoutResult(s -> outbox.add(new TenantId(tenant), RuleType.SLIP_RESCORE, firingKey, "replay",
                story, key, risk, json().put("due", TODAY.plusDays(20).toString())));
        check.sweep();
        awaitQuiet();
        assertThat(runs(key)).hasSize(1);
        assertThat(probability(risk)).isEqualTo(3);

        // a further slip is a new one
        due(story, TODAY.plusDays(30));
        awaitRuns(key, 2);
        awaitQuiet();
        assertThat(probability(risk)).isEqualTo(4);
    }

    @Test
    void anIssueThatBecameOverdueIsFoundByTheCheckAndTheStepIsCappedAtFive() {
        String project = project();
        long story = create(project, "Story", "Data migration", null);
        String key = key(story);
        UUID risk = risk(story, 4);
        due(story, TODAY.minusDays(1)); // rule still off: nothing queued
        enable("slip-rescore", false, "{\"step\":2}");
        assertThat(check.sweep()).isEqualTo(1);
        assertThat(check.sweep()).isZero(); // queued or fired already
        JsonNode run = awaitRuns(key, 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("detail").asText()).contains("from 4 to 5").contains("overdue");
        assertThat(probability(risk)).isEqualTo(5);
        assertThat(check.sweep()).isZero();
    }

    @Test
    void dryRunChangesNothing() {
        String project = project();
        long story = create(project, "Story", "Dry slip", null);
        UUID risk = risk(story, 2);
        enable("slip-rescore", true, "{}");
        due(story, TODAY.minusDays(2));
        JsonNode run = awaitRuns(key(story), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).startsWith("Would have raised").contains("from 2 to 3");
        assertThat(probability(risk)).isEqualTo(2);
        assertThat(probabilityHistory(risk)).isEmpty();
    }

    @Test
    void duplicatedWebhooksRescoreOnce() {
        String project = project();
        long story = create(project, "Story", "Twice told", null);
        UUID risk = risk(story, 1);
        enable("slip-rescore", false, "{}");
        withDuplicatedWebhooks(() -> {
            due(story, TODAY.minusDays(3));
            awaitRuns(key(story), 1);
        });
        awaitQuiet();
        assertThat(runs(key(story))).hasSize(1);
        assertThat(probability(risk)).isEqualTo(2);
    }

    @Test
    void aSlipWithoutAnOpenRiskOrWithTheRuleOffDoesNothing() {
        String project = project();
        long lonely = create(project, "Story", "No risk", null);
        long off = create(project, "Story", "Rule off", null);
        UUID risk = risk(off, 2);
        due(off, TODAY.minusDays(1));
        enable("slip-rescore", false, "{}");
        due(lonely, TODAY.minusDays(1));
        new MirrorProbe(db).awaitDrained(tenant);
        awaitQuiet();
        assertThat(runs(key(lonely))).isEmpty();
        assertThat(runs(key(off))).isEmpty();
        assertThat(probability(risk)).isEqualTo(2);
    }
    @Test
    void aTargetMovedEarlierThanALinkedIssuesDueDateRaisesTheRiskOnce() {
        Planned p = planned("Pulled in");
        enable("slip-rescore", false, "{}");

        target(p.program(), TODAY.plusDays(40)); // later: nothing
        target(p.program(), TODAY.plusDays(25)); // earlier, but the story is still due before it: nothing
        awaitQuiet();
        assertThat(runs(p.key())).isEmpty();

        target(p.program(), TODAY.plusDays(10)); // the story, due in 20 days, is now late
        JsonNode run = awaitRuns(p.key(), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("riskId").asText()).isEqualTo(p.risk().toString());
        assertThat(run.path("trigger").asText()).contains("after the target date " + TODAY.plusDays(10));
        assertThat(run.path("detail").asText()).contains("from 2 to 3");
        assertThat(probability(p.risk())).isEqualTo(3);
        assertThat(probabilityHistory(p.risk())).singleElement()
                .satisfies(h -> assertThat(h.get("account_id")).isNull());

        // the same edit again (no change, so no event), the same trigger queued again as a replay would, the check
        String firingKey = "slip:" + p.risk() + "/" + p.story() + "@" + TODAY.plusDays(20);
        target(p.program(), TODAY.plusDays(10));
        tx.executeWithoutResult(s -> outbox.add(new TenantId(tenant), RuleType.SLIP_RESCORE, firingKey, "replay",
                p.story(), p.key(), p.risk(), json().put("due", TODAY.plusDays(20).toString())));
        assertThat(check.sweep()).isZero();
        awaitQuiet();
        // and the target moved later and earlier again: the same due date re-scores a risk once
        target(p.program(), TODAY.plusDays(15));
        target(p.program(), TODAY.plusDays(5));
        awaitQuiet();
        assertThat(runs(p.key())).hasSize(1);
        assertThat(probability(p.risk())).isEqualTo(3);
    }

    @Test
    void aTargetMovedEarlierWithTheRuleOffQueuesNothing() {
        Planned p = planned("Rule off");
        target(p.program(), TODAY.plusDays(10));
        // the listener ran in the program edit's transaction, which has committed: nothing was queued
        assertThat(queued()).isZero();
        assertThat(runs(p.key())).isEmpty();
        assertThat(probability(p.risk())).isEqualTo(2);
    }

    @Test
    void aTargetMovedEarlierInDryRunChangesNothing() {
        Planned p = planned("Dry target");
        enable("slip-rescore", true, "{}");
        target(p.program(), TODAY.plusDays(10));
        JsonNode run = awaitRuns(p.key(), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).startsWith("Would have raised").contains("from 2 to 3");
        assertThat(probability(p.risk())).isEqualTo(2);
        assertThat(probabilityHistory(p.risk())).isEmpty();
    }

    @Test
    void aRiskLinkedToAnIssueAlreadyPastTheTargetIsFoundByTheCheck() {
        String project = project();
        long story = create(project, "Story", "Late before the risk", null);
        String program = program("Known late", List.of(story), project);
        target(program, TODAY.plusDays(10));
        enable("slip-rescore", false, "{}");
        due(story, TODAY.plusDays(20)); // late, but no risk to re-score
        new MirrorProbe(db).awaitDrained(tenant);
        UUID risk = risk(story, 2); // no event says "linked to a late issue"
        assertThat(queued()).isZero();
        assertThat(check.sweep()).isEqualTo(1);
        JsonNode run = awaitRuns(key(story), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(probability(risk)).isEqualTo(3);
        assertThat(check.sweep()).isZero();
    }
}
