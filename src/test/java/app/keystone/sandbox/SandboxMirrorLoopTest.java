package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import app.keystone.sandbox.edit.IssueEditor;
import app.keystone.sandbox.faults.FaultSettings;
import app.keystone.sandbox.faults.SandboxFaults;
import app.keystone.sandbox.hooks.SandboxWebhooks;
import app.keystone.sandbox.hooks.WebhookSwitches;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole loop with nothing faked: edits made in the sandbox go out as signed Jira webhooks, Keystone stores
 * and applies them, and its mirror ends equal to the site — also when the sandbox duplicates, delays and
 * reorders deliveries, and when its REST API answers 429 and 5xx during a full resync.
 */
class SandboxMirrorLoopTest extends SandboxTest {

    private static final String ACTOR = DemoUsers.ALL.stream().filter(u -> u.displayName().equals(DemoUsers.ADMIN))
            .findFirst().orElseThrow().accountId();
    private static int projects;

    @Autowired
    private SandboxWebhooks webhooks;
    @Autowired
    private SandboxFaults faults;
    @Autowired
    private IssueEditor editor;

    private UUID tenant;
    private final List<String> myProjects = new ArrayList<>();

    @BeforeEach
    void backfilled() {
        sharedSecret();
        tenant = sandboxTenant();
        awaitBackfillDone(Duration.ofSeconds(90));
    }

    @AfterEach
    void cleanUp() {
        faults.reset();
        webhooks.reset();
        myProjects.forEach(key -> editor.deleteProject(key, ACTOR));
        webhooks.awaitIdle(Duration.ofSeconds(30));
        new MirrorProbe(db).awaitDrained(tenant);
    }

    @Test
    void editsInTheSiteReachTheMirror() {
        String web = project();
        String mob = project();
        String epic = create(web, "Epic", "Checkout", null);
        String other = create(mob, "Epic", "Wallet", null);
        String story = create(web, "Story", "Pay button", epic);
        String blocker = create(mob, "Story", "Card API", other);

        patch(story, json().put("statusId", "3").put("storyPoints", 5).put("dueDate", "2026-12-24"));
        Response link = sendTo("POST", "/sandbox/api/links", json().put("blocker", blocker).put("blocked", story)
                .put("actor", ACTOR).toString(), null);
        assertThat(link.status()).isEqualTo(201);
        patch(story, json().put("parentKey", other));

        awaitMirrorEqualsSite();
        Map<String, Object> row = mirrorRow(story);
        assertThat(row).containsEntry("status_category", "indeterminate")
                .containsEntry("parent_id", siteId(other)).containsEntry("project_key", web);
        assertThat(db.sql("""
                select count(*) from jira_issue_link where tenant_id = ? and deleted_at is null
                and source_id = ? and destination_id = ?""").param(tenant).param(siteId(blocker)).param(siteId(story))
                .query(Integer.class).single()).isEqualTo(1);

        assertThat(sendTo("DELETE", "/sandbox/api/issues/" + blocker + "?actor=" + ACTOR, null, null).status())
                .isEqualTo(204);
        awaitMirrorEqualsSite();
        assertThat(mirrorRow(blocker).get("deleted_at")).isNotNull();
    }

    @Test
    void duplicatedDelayedAndReorderedWebhooksStillConverge() {
        String key = project();
        List<String> issues = new ArrayList<>();
        String epic = create(key, "Epic", "Epic", null);
        for (int i = 0; i < 4; i++) {
            issues.add(create(key, "Story", "Story " + i, epic));
        }
        webhooks.switches(new WebhookSwitches(0.5, 150, true, 0, 200));
        Random random = new Random(7);
        String[] statuses = {"10000", "3", "10001", "10002"};
        for (int i = 0; i < 40; i++) {
            String issue = issues.get(random.nextInt(issues.size()));
            ObjectNode change = switch (random.nextInt(4)) {
                case 0 -> json().put("statusId", statuses[random.nextInt(statuses.length)]);
                case 1 -> json().put("storyPoints", 1 + random.nextInt(8));
                case 2 -> json().put("dueDate", "2026-12-" + (10 + random.nextInt(18)));
                default -> json().put("flagged", random.nextBoolean());
            };
            patch(issue, change);
        }
        awaitMirrorEqualsSite();
    }

    @Test
    void fullResyncSurvivesRateLimitsAndServerErrors() {
        // the first calls are refused for certain (two 429s, then two 503s), later ones at random
        faults.set(new FaultSettings(0.2, 1, 0.15, 0, 0, 2, 2));
        Response resync = sendTo("POST", "/api/admin/sync", null, contextToken(ACTOR));
        assertThat(resync.status()).isEqualTo(202);
        awaitBackfillDone(Duration.ofSeconds(150));
        assertThat(faults.counters().rateLimited()).isGreaterThanOrEqualTo(2);
        assertThat(faults.counters().serverErrors()).isGreaterThanOrEqualTo(2);
        faults.reset();
        // after a full read every issue of the demo projects is mirrored as the site has it
        List<String> demo = List.of("MOB", "PAY", "PLAT", "WEB");
        MirrorProbe.await(() -> mirrorState(demo).containsAll(siteState(demo)), Duration.ofSeconds(30),
                "demo projects mirrored");
    }

    private void awaitBackfillDone(Duration timeout) {
        MirrorProbe.await(() -> db.sql("""
                select count(*) >= 4 and bool_and(state = 'done') from jira_backfill where tenant_id = ?""")
                .param(tenant).query(Boolean.class).optional().orElse(false), timeout, "backfill");
    }

    /**
     * The issues of this test's projects are mirrored with the same state, and the mirror holds none the site no
     * longer has. (Other test classes edit the site with webhooks sent elsewhere, so only our projects compare.)
     */
    private void awaitMirrorEqualsSite() {
        assertThat(webhooks.awaitIdle(Duration.ofSeconds(60))).as("sandbox delivered its webhooks").isTrue();
        MirrorProbe.await(() -> siteState(myProjects).equals(mirrorState(myProjects)), Duration.ofSeconds(30),
                "mirror of " + myProjects + " to equal the site");
    }

    private List<String> siteState(List<String> projects) {
        return db.sql("""
                select i.id || '|' || i.key || '|' || coalesce(i.parent_id::text, '-') || '|' || s.category_key || '|'
                       || coalesce(trim_scale(i.story_points)::text, '-') || '|' || coalesce(i.due_date::text, '-') || '|'
                       || i.flagged
                from sandbox_issue i join sandbox_status s on s.id = i.status_id
                join sandbox_project p on p.id = i.project_id where p.key = any(cast(? as text[])) order by i.id""")
                .param(array(projects)).query(String.class).list();
    }

    private List<String> mirrorState(List<String> projects) {
        return db.sql("""
                select issue_id || '|' || issue_key || '|' || coalesce(parent_id::text, '-') || '|' || status_category
                       || '|' || coalesce(trim_scale(story_points)::text, '-') || '|' || coalesce(due_date::text, '-')
                       || '|' || flagged
                from jira_issue where tenant_id = ? and deleted_at is null and project_key = any(cast(? as text[]))
                order by issue_id""")
                .param(tenant).param(array(projects)).query(String.class).list();
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private Map<String, Object> mirrorRow(String key) {
        return db.sql("select * from jira_issue where tenant_id = ? and issue_key = ?").param(tenant).param(key)
                .query().singleRow();
    }

    private long siteId(String key) {
        return db.sql("select id from sandbox_issue where key = ?").param(key).query(Long.class).single();
    }

    private String project() {
        String key = "ML" + (char) ('A' + projects / 26) + (char) ('A' + projects % 26);
        projects++;
        db.sql("insert into sandbox_project (id, key, name, lead) values (nextval('sandbox_id_seq'), ?, ?, ?)")
                .param(key).param("Mirror loop " + key).param(ACTOR).update();
        myProjects.add(key);
        return key;
    }

    private String create(String projectKey, String type, String summary, String parentKey) {
        String typeId = db.sql("select id::text from sandbox_issue_type where name = ?").param(type)
                .query(String.class).single();
        ObjectNode body = json().put("projectKey", projectKey).put("typeId", typeId).put("summary", summary)
                .put("parentKey", parentKey).put("actor", ACTOR);
        Response r = sendTo("POST", "/sandbox/api/issues", body.toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("key").asText();
    }

    private void patch(String key, ObjectNode change) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key, change.put("actor", ACTOR).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static ObjectNode json() {
        return JSON.createObjectNode();
    }
}
