package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * *RACI gap*: an epic created in the site joins a program (the rollup engine computes membership); the periodic
 * check (run here directly, as the scheduler would) sees the new (program, epic) pair and the worker e-mails the
 * program's owner through the site's notify when nobody is Accountable for the epic.
 */
class AutomationRaciGapSandboxTest extends AutomationSandboxSupport {

    @Autowired
    RaciGapCheck check;

    /** This test's programs by the project they cover. */
    private final Map<String, String> programs = new HashMap<>();

    private void awaitMember(String programId, long issue) {
        MirrorProbe.await(() -> db.sql("select count(*) from program_issue where program_id = ?::uuid and issue_id = ?")
                .param(programId).param(issue).query(Integer.class).single() == 1, Duration.ofSeconds(30), "membership");
    }

    /** A program (owned by Priya, its creator) over a new project with one epic already in it; @return the project */
    private String programWithAnEpic(String name) {
        String project = project();
        long old = create(project, "Epic", "Already there", null);
        programs.put(project, program(name, List.of(old), project));
        return project;
    }

    private long newEpic(String project, String summary) {
        long epic = create(project, "Epic", summary, null);
        awaitMember(programs.get(project), epic);
        return epic;
    }

    @Test
    void aNewEpicWithoutAccountableEmailsTheProgramOwnerOnce() {
        String project = programWithAnEpic("Gap");
        long old = db.sql("select issue_id from program_issue where program_id = ?::uuid").param(programs.get(project))
                .query(Long.class).single();
        enable("raci-gap", false, "{}");
        assertThat(check.sweep()).isZero(); // the first sweep only remembers what is there

        long epic = newEpic(project, "Checkout revamp");
        long story = create(project, "Story", "Not an epic", epic);
        awaitMember(programs.get(project), story);
        check.sweep();
        check.sweep(); // the same pair queues once
        JsonNode run = awaitRuns(key(epic), 1).get(0);
        awaitQuiet();
        assertThat(run.path("ruleKey").asText()).isEqualTo("raci-gap");
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("detail").asText()).contains("program owner " + PRIYA);
        assertThat(notifications(key(epic))).singleElement().satisfies(to -> assertThat(to).containsExactly(PRIYA));
        assertThat(runs(key(old))).isEmpty();
        assertThat(runs(key(story))).isEmpty();
    }

    @Test
    void anEpicWithAnAccountableOrAProgramWithoutOwnerIsSkippedWithTheReason() {
        String project = programWithAnEpic("Gap covered");
        enable("raci-gap", false, "{}");
        check.sweep();
        long covered = create(project, "Epic", "Covered", null);
        assertThat(put("issue/" + covered, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        awaitMember(programs.get(project), covered);
        check.sweep();
        JsonNode run = awaitRuns(key(covered), 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(run.path("detail").asText()).contains("has an effective Accountable").contains(KWAME);

        db.sql("update program set owner_account_id = null where id = ?::uuid").param(programs.get(project)).update();
        long orphan = newEpic(project, "Nobody's");
        check.sweep();
        JsonNode skipped = awaitRuns(key(orphan), 1).get(0);
        awaitQuiet();
        assertThat(skipped.path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.path("detail").asText()).contains("has no owner");
        assertThat(notifications(key(covered))).isEmpty();
        assertThat(notifications(key(orphan))).isEmpty();
    }

    @Test
    void dryRunSendsNothing() {
        String project = programWithAnEpic("Gap dry");
        enable("raci-gap", true, "{}");
        check.sweep();
        long epic = newEpic(project, "Dry epic");
        check.sweep();
        JsonNode run = awaitRuns(key(epic), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).startsWith("Would have e-mailed program owner " + PRIYA);
        assertThat(notifications(key(epic))).isEmpty();
    }

    @Test
    void duplicatedWebhooksNotifyOnce() {
        String project = programWithAnEpic("Gap twice");
        enable("raci-gap", false, "{}");
        check.sweep();
        long[] created = new long[1];
        withDuplicatedWebhooks(() -> created[0] = newEpic(project, "Told twice"));
        long epic = created[0];
        check.sweep();
        awaitRuns(key(epic), 1);
        check.sweep();
        awaitQuiet();
        assertThat(runs(key(epic))).hasSize(1);
        assertThat(notifications(key(epic))).hasSize(1);
    }

    @Test
    void switchedOffItQueuesNothingAndSwitchedOnAgainDoesNotReportWhatJoinedMeanwhile() {
        String project = programWithAnEpic("Gap off");
        enable("raci-gap", false, "{}");
        check.sweep();
        Response off = rule("raci-gap", "{\"enabled\":false,\"dryRun\":false,\"params\":{}}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        long meanwhile = newEpic(project, "While off");
        check.sweep();
        enable("raci-gap", false, "{}");
        check.sweep();
        awaitQuiet();
        assertThat(runs(key(meanwhile))).isEmpty();
        long after = newEpic(project, "After");
        check.sweep();
        awaitRuns(key(after), 1);
        awaitQuiet();
    }

    @Test
    void anEpicMovedIntoAProgramCountsAsNewToIt() {
        String project = programWithAnEpic("Gap moved");
        String elsewhere = project();
        long epic = create(elsewhere, "Epic", "Joins later", null);
        enable("raci-gap", false, "{}");
        check.sweep();
        Response widened = sendTo("PATCH", "/api/programs/" + programs.get(project),
                json().set("projectKeys", JSON.createArrayNode().add(project).add(elsewhere)).toString(),
                contextToken(PRIYA));
        assertThat(widened.status()).as(widened.body()).isEqualTo(200);
        awaitMember(programs.get(project), epic);
        check.sweep();
        JsonNode run = awaitRuns(key(epic), 1).get(0);
        awaitQuiet();
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("trigger").asText()).contains("new to program Gap moved");
        assertThat(notifications(key(epic))).singleElement().satisfies(to -> assertThat(to).containsExactly(PRIYA));
    }
}
