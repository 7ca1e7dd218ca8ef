package app.keystone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks over real HTTP with real JWTs, applied by the asynchronous workers to the mirror in PostgreSQL. */
class MirrorPipelineTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private FakeJiraSite acme;
    private UUID tenant;
    private MirrorProbe mirror;
    private int deliveries;

    @BeforeEach
    void install() {
        acme = installed("acme");
        mirror = new MirrorProbe(db);
        tenant = mirror.tenantId(acme.clientKey);
        db.sql("insert into jira_field_config (tenant_id, story_points_field, discovered_at) values (?, ?, now())")
                .param(tenant).param(JiraPayloads.STORY_POINTS).update();
    }

    @Test
    void createdIssueIsMirroredWithItsFields() {
        JiraPayloads.Issue issue = issue(10001, "WEB-1", 0);
        issue.points = 5.0;
        issue.dueDate = "2026-12-24";
        issue.labels = List.of("checkout", "q4");
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue, 1));
        mirror.awaitDrained(tenant);

        Map<String, Object> row = mirror.issue(tenant, 10001);
        assertThat(row).containsEntry("issue_key", "WEB-1").containsEntry("project_key", "WEB")
                .containsEntry("status_category", "new").containsEntry("hierarchy_level", 0)
                .containsEntry("due_date", java.sql.Date.valueOf(LocalDate.of(2026, 12, 24)));
        assertThat((BigDecimal) row.get("story_points")).isEqualByComparingTo("5");
        assertThat(row.get("deleted_at")).isNull();
    }

    @Test
    void anOlderEventNeverOverwritesNewerState() {
        JiraPayloads.Issue v2 = issue(10001, "WEB-1", 60);
        v2.status = "Done";
        v2.category = "done";
        deliver("issue-updated", JiraPayloads.issueEvent("jira:issue_updated", v2, 2));
        mirror.awaitDrained(tenant);
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue(10001, "WEB-1", 0), 1));
        mirror.awaitDrained(tenant);

        assertThat(mirror.issue(tenant, 10001)).containsEntry("status_category", "done");
    }

    @Test
    void deleteIsATombstoneThatLateNewsCannotUndo() {
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue(10001, "WEB-1", 0), 1));
        deliver("issue-deleted", JiraPayloads.issueEvent("jira:issue_deleted", issue(10001, "WEB-1", 60), 0));
        mirror.awaitDrained(tenant);
        deliver("issue-updated", JiraPayloads.issueEvent("jira:issue_updated", issue(10001, "WEB-1", 30), 2));
        mirror.awaitDrained(tenant);

        assertThat(mirror.issue(tenant, 10001).get("deleted_at")).isNotNull();
    }

    @Test
    void linkDeletedBeforeItsCreationArrivesStaysDeleted() {
        deliver("issuelink-deleted", JiraPayloads.linkEvent(false, 30518, 10001, 10002, T0.plusSeconds(10)));
        mirror.awaitDrained(tenant);
        deliver("issuelink-created", JiraPayloads.linkEvent(true, 30518, 10001, 10002, T0));
        deliver("issuelink-created", JiraPayloads.linkEvent(true, 30519, 10002, 10003, T0));
        mirror.awaitDrained(tenant);

        assertThat(mirror.links(tenant)).extracting(l -> l.get("link_id") + ":" + l.get("deleted"))
                .containsExactly("30518:true", "30519:false");
        assertThat(mirror.links(tenant).get(1)).containsEntry("source_id", 10002L).containsEntry("link_type", "Blocks");
    }

    @Test
    void projectDeletedRemovesItsRowsAndIgnoresLateEvents() {
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue(10001, "WEB-1", 0), 1));
        JiraPayloads.Issue other = issue(20001, "MOB-1", 0);
        other.projectId = 10001;
        other.projectKey = "MOB";
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", other, 1));
        mirror.awaitDrained(tenant);

        deliver("project-deleted", Map.of("timestamp", T0.plusSeconds(120).toEpochMilli(), "webhookEvent",
                "project_deleted", "project", Map.of("id", 10000, "key", "WEB", "name", "Web")));
        mirror.awaitDrained(tenant);
        deliver("issue-updated", JiraPayloads.issueEvent("jira:issue_updated", issue(10001, "WEB-1", 60), 2));
        mirror.awaitDrained(tenant);

        assertThat(mirror.issues(tenant)).extracting(r -> r.get("issue_key")).containsExactly("MOB-1");
    }

    @Test
    void retriesAndDuplicatesAreStoredAndAppliedOnce() {
        Map<String, Object> body = JiraPayloads.issueEvent("jira:issue_created", issue(10001, "WEB-1", 0), 1);
        String path = "/webhooks/issue-created";
        for (int retry = 0; retry < 3; retry++) {
            Map<String, String> headers = retry == 0 ? Map.of("X-Atlassian-Webhook-Identifier", "wh-1")
                    : Map.of("X-Atlassian-Webhook-Identifier", "wh-1", "X-Atlassian-Webhook-Retry", "" + retry);
            assertThat(post(path, acme.hs256("POST", path), body, headers).status()).isEqualTo(204);
        }
        // no identifier: the body is the key, so the same body twice is one event
        assertThat(post(path, acme.hs256("POST", path), body, Map.of()).status()).isEqualTo(204);
        assertThat(post(path, acme.hs256("POST", path), body, Map.of()).status()).isEqualTo(204);
        mirror.awaitDrained(tenant);

        assertThat(db.sql("select count(*) from jira_webhook_delivery where tenant_id = ?").param(tenant)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(db.sql("select attempts from jira_webhook_delivery where tenant_id = ?").param(tenant)
                .query(Integer.class).list()).containsOnly(1);
    }

    @Test
    void payloadsMissingWhatTheMirrorNeedsAreRejectedAndStoreNothing() {
        String path = "/webhooks/issue-updated";
        JiraPayloads.Issue issue = issue(10001, "WEB-1", 0);
        Map<String, Object> noId = JiraPayloads.issueEvent("jira:issue_updated", issue, 1);
        ((Map<String, Object>) noId.get("issue")).remove("id");
        assertProblem(post(path, acme.hs256("POST", path), noId, Map.of()), 400, "INVALID_WEBHOOK_PAYLOAD");

        Map<String, Object> badDate = JiraPayloads.issueEvent("jira:issue_updated", issue, 1);
        ((Map<String, Object>) ((Map<String, Object>) badDate.get("issue")).get("fields")).put("updated", "yesterday");
        assertProblem(post(path, acme.hs256("POST", path), badDate, Map.of()), 400, "INVALID_WEBHOOK_PAYLOAD");

        Map<String, Object> noTimestamp = new java.util.HashMap<>(JiraPayloads.issueEvent("jira:issue_updated", issue, 1));
        noTimestamp.remove("timestamp");
        assertProblem(post(path, acme.hs256("POST", path), noTimestamp, Map.of()), 400, "INVALID_WEBHOOK_PAYLOAD");

        String truncated = "{\"timestamp\": 1, \"webhookEvent\": \"jira:issue_updated\", \"issue\": {\"id\": \"1";
        assertProblem(post(path, acme.hs256("POST", path), truncated, Map.of()), 400, "MALFORMED_BODY");

        String oversize = "{\"webhookEvent\":\"jira:issue_updated\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(post(path, acme.hs256("POST", path), oversize, Map.of()), 413, "PAYLOAD_TOO_LARGE");

        assertThat(count("jira_webhook_delivery")).isZero();
        assertThat(count("jira_issue")).isZero();
    }

    @Test
    void anEventThatKeepsFailingIsParkedWithItsReason() {
        // stored by an older Keystone, or damaged: it can never be applied
        db.sql("""
                insert into jira_webhook_delivery (tenant_id, webhook_id, event, payload, event_time)
                values (?, 'broken-1', 'jira:issue_updated', '{"webhookEvent":"jira:issue_updated","timestamp":1}', now())""")
                .param(tenant).update();
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue(10001, "WEB-1", 0), 1));

        MirrorProbe.await(() -> "parked".equals(db.sql("select state from jira_webhook_delivery where webhook_id = 'broken-1'")
                .query(String.class).single()), Duration.ofSeconds(20), "the broken event to be parked");
        Map<String, Object> parked = db.sql("select attempts, last_error from jira_webhook_delivery where webhook_id = 'broken-1'")
                .query().singleRow();
        // every test context in this JVM polls the shared inbox, so a sibling may have made the last attempt
        assertThat((Integer) parked.get("attempts")).isGreaterThanOrEqualTo(3);
        assertThat((String) parked.get("last_error")).contains("issue is missing");
        // the good event went through regardless
        mirror.awaitDrained(tenant);
        assertThat(mirror.issue(tenant, 10001)).isNotNull();
    }

    private JiraPayloads.Issue issue(long id, String key, int secondsAfterT0) {
        return new JiraPayloads.Issue(id, key, T0.plusSeconds(secondsAfterT0));
    }

    private void deliver(String hook, Map<String, Object> body) {
        String path = "/webhooks/" + hook;
        Response r = post(path, acme.hs256("POST", path), body, Map.of("X-Atlassian-Webhook-Identifier",
                "wh-" + (++deliveries) + "-" + UUID.randomUUID()));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }
}
