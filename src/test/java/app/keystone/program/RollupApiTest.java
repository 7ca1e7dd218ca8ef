package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import app.keystone.support.Quiescence;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rollup figures over a hand-built hierarchy, read through the API with context JWTs. */
class RollupApiTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private FakeJiraSite acme;
    private UUID tenant;
    private UUID program;
    private int changelog = 100;

    @BeforeEach
    void hierarchy() {
        acme = installed("acme");
        tenant = new MirrorProbe(db).tenantId(acme.clientKey);
        db.sql("""
                insert into jira_field_config (tenant_id, story_points_field, start_date_field, discovered_at)
                values (?, ?, ?, now())""").param(tenant).param(JiraPayloads.STORY_POINTS).param(JiraPayloads.START_DATE)
                .update();
        program = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, 'Checkout')").param(program).param(tenant).update();
        db.sql("insert into program_project (program_id, tenant_id, project_key) values (?, ?, 'WEB')")
                .param(program).param(tenant).update();
        db.sql("insert into rollup_program_dirty (program_id, tenant_id) values (?, ?)").param(program).param(tenant).update();

        // epic WEB-1 (level 1) with: WEB-2 done 5 pts, WEB-3 in progress 3 pts overdue and blocked by MOB-1,
        // WEB-4 unestimated with a sub-task WEB-5; MOB-1 (another project, open) is a child of the epic too
        create(issue(10001, "WEB-1", 1, "Epic", null));
        JiraPayloads.Issue done = issue(10002, "WEB-2", 0, "Story", 10001L);
        done.points = 5.0;
        done.category = "done";
        done.status = "Done";
        create(done);
        JiraPayloads.Issue late = issue(10003, "WEB-3", 0, "Story", 10001L);
        late.points = 3.0;
        late.category = "indeterminate";
        late.dueDate = "2020-01-31";
        create(late);
        JiraPayloads.Issue unestimated = issue(10004, "WEB-4", 0, "Story", 10001L);
        unestimated.startDate = "2020-01-06";
        create(unestimated);
        JiraPayloads.Issue subTask = issue(10005, "WEB-5", -1, "Sub-task", 10004L);
        subTask.startDate = "2020-02-03";
        create(subTask);
        JiraPayloads.Issue mobile = issue(20001, "MOB-1", 0, "Story", 10001L);
        mobile.projectId = 10001;
        mobile.projectKey = "MOB";
        mobile.dueDate = LocalDate.now().plusDays(30).toString();
        create(mobile);
        deliver("issuelink-created", JiraPayloads.linkEvent(true, 30001, 20001, 10003, T0.plusSeconds(60)));
        Quiescence.await(db, tenant);
    }

    @Test
    void issueRollupCoversTheDescendantsAcrossProjects() {
        JsonNode r = get("/api/issues/10001/rollup", acme.contextToken("user-1")).json();
        assertThat(r.path("issues").path("total").asLong()).isEqualTo(5);
        assertThat(r.path("issues").path("done").asLong()).isEqualTo(1);
        assertThat(r.path("issues").path("byLevel").path("-1").asLong()).isEqualTo(1);
        assertThat(r.path("estimate").path("total").decimalValue()).isEqualByComparingTo("8");
        assertThat(r.path("estimate").path("done").decimalValue()).isEqualByComparingTo("5");
        assertThat(r.path("estimate").path("unestimatedIssues").asLong()).isEqualTo(2);
        assertThat(r.path("percentComplete").path("byCount").asDouble()).isEqualTo(20.0);
        assertThat(r.path("percentComplete").path("byEstimate").asDouble()).isEqualTo(62.5);
        assertThat(r.path("percentComplete").has("byTime")).as("no time tracked: no percentage").isFalse();
        assertThat(r.path("overdue").asLong()).isEqualTo(1);
        assertThat(r.path("blocked").asLong()).isEqualTo(1);
        assertThat(r.path("dates").path("latestDue").asText()).isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(r.path("dates").path("earliestStart").asText()).isEqualTo("2020-01-06");

        JsonNode story = get("/api/issues/10004/rollup", acme.contextToken("user-1")).json();
        assertThat(story.path("issues").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void programRollupSumsItsProjectsIssues() {
        JsonNode r = get("/api/programs/" + program + "/rollup", acme.contextToken("user-1")).json();
        // WEB only: the epic, three stories and the sub-task; MOB-1 is outside the program's projects
        assertThat(r.path("issues").path("total").asLong()).isEqualTo(5);
        assertThat(r.path("blocked").asLong()).isEqualTo(1);
        assertThat(r.path("perProject")).hasSize(1);
        assertThat(r.path("perProject").get(0).path("projectKey").asText()).isEqualTo("WEB");
        // the date facts come folded per project from rollup_program_date (WEB-3 is the only dated WEB issue)
        assertThat(r.path("overdue").asLong()).isEqualTo(1);
        assertThat(r.path("perProject").get(0).path("overdue").asLong()).isEqualTo(1);
        assertThat(r.path("dates").path("latestDue").asText()).isEqualTo("2020-01-31");
        assertThat(r.path("dates").path("earliestStart").asText()).isEqualTo("2020-01-06");
        assertThat(r.path("perProject").get(0).path("dates").path("earliestStart").asText()).isEqualTo("2020-01-06");
        // no target date: health from blocked and overdue shares (1 of 4 open items each: RED, AMBER)
        assertThat(r.path("health").path("status").asText()).isEqualTo("RED");
        assertThat(r.path("health").path("reasons")).extracting(x -> x.path("code").asText())
                .containsExactlyInAnyOrder("BLOCKED_SHARE", "OVERDUE_SHARE", "DEPENDENCIES_OFF_TRACK");
        assertThat(r.path("dependencies").path("crossProject").asLong()).isEqualTo(1);
        assertThat(r.path("dependencies").path("offTrack").asLong()).isEqualTo(1);
        assertThat(r.path("forecast").path("basis").path("remainingItems").asLong()).isEqualTo(2);
        // WEB-2 was resolved at T0: one level-0 item in the sampled weeks if T0 lies in them
        LocalDate monday = LocalDate.now(java.time.ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        LocalDate resolved = LocalDate.ofInstant(T0, java.time.ZoneOffset.UTC);
        int expected = !resolved.isBefore(monday.minusWeeks(8)) && resolved.isBefore(monday) ? 1 : 0;
        int sampled = 0;
        for (JsonNode w : r.path("forecast").path("basis").path("weeklyThroughput")) {
            sampled += w.asInt();
        }
        assertThat(sampled).isEqualTo(expected);
    }

    @Test
    void childrenListTheTopOfTheProgramThenDrillDown() {
        JsonNode top = get("/api/programs/" + program + "/children", acme.contextToken("user-1")).json();
        assertThat(top.path("items")).extracting(i -> i.path("key").asText()).containsExactly("WEB-1");
        JsonNode epic = top.path("items").get(0);
        assertThat(epic.path("hasChildren").asBoolean()).isTrue();
        assertThat(epic.path("rollup").path("issues").path("total").asLong()).isEqualTo(5);
        // its descendants' dates, folded from the epic's histogram: WEB-3 overdue, MOB-1 due last, WEB-4 started first
        assertThat(epic.path("rollup").path("overdue").asLong()).isEqualTo(1);
        assertThat(epic.path("rollup").path("dates").path("latestDue").asText())
                .isEqualTo(LocalDate.now().plusDays(30).toString());
        assertThat(epic.path("rollup").path("dates").path("earliestStart").asText()).isEqualTo("2020-01-06");

        JsonNode below = get("/api/programs/" + program + "/children?parentIssueId=10001", acme.contextToken("user-1"))
                .json();
        // MOB-1 is a child of the epic but not in the program (its project is not)
        assertThat(below.path("items")).extracting(i -> i.path("key").asText())
                .containsExactly("WEB-2", "WEB-3", "WEB-4");
        assertThat(below.path("items").get(2).path("hasChildren").asBoolean()).isTrue();
        assertProblem(get("/api/programs/" + program + "/children?parentIssueId=x", acme.contextToken("u")), 400,
                "INVALID_ISSUE_ID");
    }

    @Test
    void portfolioShowsEachProgramsHealthAtAGlance() {
        JsonNode r = get("/api/portfolio", acme.contextToken("user-1")).json();
        assertThat(r.path("programs")).hasSize(1);
        JsonNode p = r.path("programs").get(0);
        assertThat(p.path("name").asText()).isEqualTo("Checkout");
        assertThat(p.path("health").asText()).isEqualTo("RED");
        assertThat(p.path("issues").asLong()).isEqualTo(5);
        assertThat(p.path("percentDone").asDouble()).isEqualTo(20.0);
        assertThat(p.path("reasons").get(0).path("status").asText()).isEqualTo("RED");
        assertThat(get("/api/portfolio", installed("other").contextToken("u")).json().path("programs")).isEmpty();
    }

    @Test
    void crossProjectDependenciesAreListedWithWhyTheyAreOffTrack() {
        JsonNode r = get("/api/programs/" + program + "/dependencies", acme.contextToken("user-1")).json();
        assertThat(r.path("items")).hasSize(1);
        JsonNode d = r.path("items").get(0);
        assertThat(d.path("blocker").path("key").asText()).isEqualTo("MOB-1");
        assertThat(d.path("blocked").path("key").asText()).isEqualTo("WEB-3");
        assertThat(d.path("offTrack").asBoolean()).isTrue();
        assertThat(d.path("reason").asText()).contains("after WEB-3");
    }

    @Test
    void burnupShowsTodaysSnapshotAndReconstructsEarlierDays() {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        JsonNode r = get("/api/programs/" + program + "/burnup?from=" + today.minusDays(2) + "&to=" + today,
                acme.contextToken("user-1")).json();
        assertThat(r.path("days")).hasSize(3);
        JsonNode now = r.path("days").get(2);
        assertThat(now.path("date").asText()).isEqualTo(today.toString());
        assertThat(now.path("reconstructed").asBoolean()).isFalse();
        assertThat(now.path("scope").asLong()).isEqualTo(5);
        assertThat(now.path("done").asLong()).isEqualTo(1);
        assertThat(now.path("scopePoints").decimalValue()).isEqualByComparingTo("8");
        assertThat(r.path("days").get(0).path("reconstructed").asBoolean()).isTrue();
        assertThat(r.path("days").get(0).path("scope").asLong()).isEqualTo(5);
        assertThat(db.sql("select count(*) from program_snapshot where program_id = ?").param(program)
                .query(Integer.class).single()).isEqualTo(1);

        assertProblem(get("/api/programs/" + program + "/burnup?from=" + today + "&to=" + today.minusDays(1),
                acme.contextToken("u")), 400, "INVALID_RANGE");
        assertProblem(get("/api/programs/" + program + "/burnup?from=yesterday", acme.contextToken("u")), 400,
                "INVALID_DATE");
    }

    @Test
    void burnupReconstructsEachDayFromCreatedAndResolvedDates() {
        LocalDate day0 = LocalDate.ofInstant(T0, java.time.ZoneOffset.UTC);
        String path = "/api/programs/" + program + "/burnup?from=" + day0.minusDays(1) + "&to=" + day0.plusDays(2);
        assertThat(get(path, acme.contextToken("user-1")).json().path("days").get(3).path("scope").asLong()).isEqualTo(5);

        // WEB-8 (level 0, 2 pts) created on T0's day + 2 at 09:00 UTC and resolved an hour later: the reconstruction
        // read above is remembered, and must not be once the program changed
        JiraPayloads.Issue later = new JiraPayloads.Issue(10008, "WEB-8", T0.plus(java.time.Duration.ofDays(2)));
        later.parentId = 10001L;
        later.points = 2.0;
        later.category = "done";
        later.status = "Done";
        create(later);
        Quiescence.await(db, tenant);
        JsonNode days = get(path, acme.contextToken("user-1")).json().path("days");
        assertThat(days).hasSize(4).allSatisfy(d -> assertThat(d.path("reconstructed").asBoolean()).isTrue());
        // scope, done, scope points, done points: nothing before the first creation; WEB-1..5 (level-0 points 5 + 3,
        // WEB-2 done) from day 0; WEB-8 in scope and done from day 2
        assertThat(days).extracting(d -> d.path("date").asText() + " " + d.path("scope").asLong() + " "
                        + d.path("done").asLong() + " " + plain(d.path("scopePoints")) + " " + plain(d.path("donePoints")))
                .containsExactly(day0.minusDays(1) + " 0 0 0 0", day0 + " 5 1 8 5", day0.plusDays(1) + " 5 1 8 5",
                        day0.plusDays(2) + " 6 2 10 7");
    }

    @Test
    void aBaselineFixesTheScopeAndTheBurnupMeasuresChangeAgainstIt() {
        String path = "/api/programs/" + program + "/baseline";
        String token = acme.contextToken("tpm-1");
        assertProblem(get(path, token), 404, "BASELINE_NOT_SET");
        assertThat(get("/api/programs/" + program + "/burnup", token).json().hasNonNull("baseline")).isFalse();

        Response set = request("PUT", path, token, Map.of(), Map.of());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("scope").asLong()).isEqualTo(5);
        assertThat(set.json().path("setBy").asText()).isEqualTo("tpm-1");

        // two stories join the program after the baseline: +2 items, +4 points
        JiraPayloads.Issue added = issue(10006, "WEB-6", 0, "Story", 10001L);
        added.points = 4.0;
        create(added);
        create(issue(10007, "WEB-7", 0, "Story", 10001L));
        Quiescence.await(db, tenant);
        JsonNode burnup = get("/api/programs/" + program + "/burnup", token).json();
        assertThat(burnup.path("baseline").path("scope").asLong()).isEqualTo(5);
        assertThat(burnup.path("scopeChange").path("count").asLong()).isEqualTo(2);
        assertThat(burnup.path("scopeChange").path("points").decimalValue()).isEqualByComparingTo("4");
        assertThat(burnup.path("scopeChange").path("countPercent").asDouble()).isEqualTo(40.0);
        assertThat(burnup.path("scopeChange").path("pointsPercent").asDouble()).isEqualTo(50.0);

        // an earlier day of the history (reconstructed here) may be the baseline too; the future may not
        LocalDate yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
        Response earlier = request("PUT", path, token, Map.of("date", yesterday.toString()), Map.of());
        assertThat(earlier.json().path("date").asText()).isEqualTo(yesterday.toString());
        assertThat(earlier.json().path("reconstructed").asBoolean()).isTrue();
        assertProblem(request("PUT", path, token, Map.of("date", yesterday.plusDays(2).toString()), Map.of()), 400,
                "VALIDATION_FAILED");
        assertProblem(request("PUT", path, token, Map.of("date", "soon"), Map.of()), 400, "VALIDATION_FAILED");
        assertProblem(request("PUT", path, token, Map.of("day", "2026-01-01"), Map.of()), 400, "UNKNOWN_FIELD");
        assertThat(get(path, token).json().path("date").asText()).isEqualTo(yesterday.toString());

        // another site sees no such program; clearing removes the baseline
        FakeJiraSite other = installed("other");
        assertProblem(request("PUT", path, other.contextToken("u"), Map.of(), Map.of()), 404, "PROGRAM_NOT_FOUND");
        assertProblem(request("DELETE", path, other.contextToken("u"), null, Map.of()), 404, "PROGRAM_NOT_FOUND");
        assertProblem(get(path, other.contextToken("u")), 404, "PROGRAM_NOT_FOUND");
        assertThat(request("DELETE", path, token, null, Map.of()).status()).isEqualTo(204);
        assertProblem(get(path, token), 404, "BASELINE_NOT_SET");
    }

    @Test
    void aBlockerFinishingUnblocksAndMovesTheFigures() {
        JiraPayloads.Issue mobile = issue(20001, "MOB-1", 0, "Story", 10001L);
        mobile.projectId = 10001;
        mobile.projectKey = "MOB";
        mobile.category = "done";
        mobile.updated = T0.plusSeconds(600);
        deliver("issue-updated", JiraPayloads.issueEvent("jira:issue_updated", mobile, ++changelog));
        Quiescence.await(db, tenant);

        JsonNode r = get("/api/issues/10001/rollup", acme.contextToken("user-1")).json();
        assertThat(r.path("blocked").asLong()).isZero();
        assertThat(r.path("issues").path("done").asLong()).isEqualTo(2);
    }

    @Test
    void otherSitesAndBadIdsAreRefused() {
        FakeJiraSite other = installed("other");
        assertProblem(get("/api/programs/" + program + "/rollup", other.contextToken("u")), 404, "PROGRAM_NOT_FOUND");
        assertProblem(get("/api/issues/10001/rollup", other.contextToken("u")), 404, "ISSUE_NOT_MIRRORED");
        assertProblem(get("/api/programs/not-a-uuid/rollup", acme.contextToken("u")), 400, "INVALID_PROGRAM_ID");
        assertProblem(get("/api/issues/WEB-1/rollup", acme.contextToken("u")), 400, "INVALID_ISSUE_ID");
        assertThat(get("/api/issues/10001/rollup", null).status()).isEqualTo(401);
    }

    private static String plain(JsonNode decimal) {
        return decimal.decimalValue().stripTrailingZeros().toPlainString();
    }

    private JiraPayloads.Issue issue(long id, String key, int level, String type, Long parent) {
        JiraPayloads.Issue i = new JiraPayloads.Issue(id, key, T0.plusSeconds(id % 100));
        i.level = level;
        i.type = type;
        i.parentId = parent;
        return i;
    }

    private void create(JiraPayloads.Issue issue) {
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue, ++changelog));
    }

    private void deliver(String hook, Map<String, Object> body) {
        String path = "/webhooks/" + hook;
        Response r = post(path, acme.hs256("POST", path), body, Map.of("X-Atlassian-Webhook-Identifier",
                UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }
}
