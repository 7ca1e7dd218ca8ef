package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * *Blocked → risk*: an issue of a program is flagged in the site; the periodic check (run here directly, as the
 * scheduler would) raises a risk owned by its effective Accountable once it has been blocked long enough, once per
 * blocked spell; unflagging marks the risk for review.
 */
class AutomationBlockedRiskSandboxTest extends AutomationSandboxSupport {

    @Autowired
    BlockedCheck check;

    /**
     * The demo program has blocked issues of its own; they are set aside (as if their risks were already raised) so
     * that only this test's issues make the rule act, and the demo keeps no risks of this test's making.
     */
    @org.junit.jupiter.api.BeforeEach
    void setAsideTheDemosBlockedIssues() {
        db.sql("insert into automation_blocked (tenant_id, issue_id, raised) select :t, b.issue_id, true from ("
                + BlockedCheck.BLOCKED_NOW + ") b on conflict do nothing").param("t", tenant).update();
    }

    private void flag(long id, boolean on) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(id),
                json().put("flagged", on).put("actor", PRIYA).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MirrorProbe.await(() -> db.sql("select flagged from jira_issue where tenant_id = ? and issue_id = ?")
                .param(tenant).param(id).query(Boolean.class).single() == on, Duration.ofSeconds(30), "flag mirrored");
    }

    private List<UUID> risksOf(long issue) {
        return db.sql("select risk_id from risk_issue where tenant_id = ? and issue_id = ?").param(tenant)
                .param(issue).query(UUID.class).list();
    }

    @Test
    void aFlaggedProgramIssueRaisesOneRiskOwnedByItsAccountableAndUnflaggingMarksItForReview() {
        String project = project();
        long story = create(project, "Story", "Payment gateway", null);
        String key = key(story);
        program("Blocked risk", List.of(story), project);
        assertThat(put("issue/" + story, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        enable("blocked-risk", false, "{\"days\":0}");

        flag(story, true);
        check.sweep();
        check.sweep(); // the same spell queues once
        JsonNode run = awaitRuns(key, 1).get(0);
        awaitQuiet();
        assertThat(run.path("ruleKey").asText()).isEqualTo("blocked-risk");
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("detail").asText()).startsWith("Raised").contains(KWAME);
        List<UUID> risks = risksOf(story);
        assertThat(risks).hasSize(1);
        JsonNode risk = sendTo("GET", "/api/risks/" + risks.get(0), null, contextToken(PRIYA)).json();
        assertThat(risk.path("title").asText()).isEqualTo("Blocked: " + key + " Payment gateway");
        assertThat(risk.path("ownerAccountId").asText()).isEqualTo(KWAME);
        assertThat(risk.path("reviewDate").isNull() || risk.path("reviewDate").isMissingNode()).isTrue();

        flag(story, false);
        check.sweep();
        JsonNode review = awaitRuns(key, 2).get(0);
        awaitQuiet();
        assertThat(review.path("outcome").asText()).as(review.toString()).isEqualTo("ACTED");
        assertThat(review.path("detail").asText()).contains("for review");
        risk = sendTo("GET", "/api/risks/" + risks.get(0), null, contextToken(PRIYA)).json();
        assertThat(risk.path("reviewDate").asText()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());

        // blocked again: a new spell updates the same open risk instead of adding one
        flag(story, true);
        check.sweep();
        JsonNode again = awaitRuns(key, 3).get(0);
        assertThat(again.path("detail").asText()).startsWith("Updated");
        awaitQuiet();
        assertThat(risksOf(story)).containsExactlyElementsOf(risks);
        flag(story, false);
        check.sweep();
        awaitRuns(key, 4);
        awaitQuiet();
    }

    @Test
    void notLongEnoughOrOutsideAProgramRaisesNothing() {
        String project = project();
        long inProgram = create(project, "Story", "Recently blocked", null);
        String other = project();
        long outside = create(other, "Story", "Not in a program", null);
        program("Blocked days", List.of(inProgram), project);
        // no RACI: the assignee owns the risk
        assign(inProgram, YUKI);
        enable("blocked-risk", false, "{\"days\":3}");
        flag(inProgram, true);
        flag(outside, true);
        assertThat(check.sweep()).isZero();
        assertThat(db.sql("select count(*) from automation_blocked where tenant_id = ? and issue_id = ?")
                .param(tenant).param(inProgram).query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from automation_blocked where tenant_id = ? and issue_id = ?")
                .param(tenant).param(outside).query(Integer.class).single()).isZero();
        // three days later (the spell's start moved back, as time would)
        db.sql("update automation_blocked set since = since - interval '3 days 1 minute' where tenant_id = ? "
                + "and issue_id = ?").param(tenant).param(inProgram).update();
        assertThat(check.sweep()).isEqualTo(1);
        awaitRuns(key(inProgram), 1);
        awaitQuiet();
        assertThat(risksOf(inProgram)).hasSize(1);
        assertThat(db.sql("select owner_account_id from risk where id = ?").param(risksOf(inProgram).get(0))
                .query(String.class).single()).isEqualTo(YUKI);
        assertThat(risksOf(outside)).isEmpty();
        flag(inProgram, false);
        flag(outside, false);
    }

    @Test
    void dryRunRaisesNoRisk() {
        String project = project();
        long story = create(project, "Story", "Dry", null);
        program("Blocked dry", List.of(story), project);
        assertThat(put("issue/" + story, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        enable("blocked-risk", true, "{\"days\":0}");
        flag(story, true);
        check.sweep();
        JsonNode run = awaitRuns(key(story), 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(run.path("detail").asText()).startsWith("Would have raised");
        awaitQuiet();
        assertThat(risksOf(story)).isEmpty();
        flag(story, false);
    }

    @Test
    void blockedByAnIssueNotDoneCountsUntilTheBlockerIsDone() {
        String project = project();
        long story = create(project, "Story", "Needs the API", null);
        long blocker = create(project, "Story", "The API", null);
        program("Blocked link", List.of(story, blocker), project);
        assertThat(put("issue/" + story, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        assertThat(put("issue/" + blocker, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);
        enable("blocked-risk", false, "{\"days\":0}");
        Response link = sendTo("POST", "/sandbox/api/links", "{\"blocker\":\"%s\",\"blocked\":\"%s\",\"actor\":\"%s\"}"
                .formatted(key(blocker), key(story), PRIYA), null);
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        MirrorProbe.await(() -> db.sql("select count(*) from jira_issue_link where tenant_id = ? and source_id = ? "
                + "and destination_id = ? and deleted_at is null").param(tenant).param(blocker).param(story)
                .query(Integer.class).single() == 1, Duration.ofSeconds(30), "link mirrored");
        check.sweep();
        awaitRuns(key(story), 1);
        assertThat(runs(key(blocker))).isEmpty();

        done(blocker);
        check.sweep();
        JsonNode review = awaitRuns(key(story), 2).get(0);
        assertThat(review.path("detail").asText()).contains("for review");
        awaitQuiet();
    }
}
