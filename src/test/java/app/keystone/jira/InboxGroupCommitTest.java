package app.keystone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intake under concurrency: deliveries arriving together are committed in shared statements (group commit), and
 * each is still stored once, acknowledged only once stored, and never failed by a neighbour in its batch.
 */
class InboxGroupCommitTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private FakeJiraSite acme;
    private UUID tenant;
    private MirrorProbe mirror;

    @BeforeEach
    void install() {
        acme = installed("acme");
        mirror = new MirrorProbe(db);
        tenant = mirror.tenantId(acme.clientKey);
    }

    @Test
    void aConcurrentBurstWithDuplicatesStoresEachDeliveryOnce() throws Exception {
        // 120 distinct deliveries, each sent three times at once: the copies often share one batch
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(32);
        try {
            for (int copy = 0; copy < 3; copy++) {
                for (int i = 1; i <= 120; i++) {
                    int n = i;
                    answers.add(senders.submit(() -> send(n, "Story " + n)));
                }
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(204);
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(db.sql("select count(*) from jira_webhook_delivery where tenant_id = ?").param(tenant)
                .query(Integer.class).single()).isEqualTo(120);
        mirror.awaitDrained(tenant);
        assertThat(mirror.issues(tenant)).hasSize(120);
        assertThat(db.sql("select count(*) from jira_webhook_delivery where tenant_id = ? and attempts <> 1")
                .param(tenant).query(Integer.class).single()).isZero();
    }

    @Test
    void aPayloadJsonbCannotHoldIsStoredCleanedAndDoesNotFailItsBatch() throws Exception {
        List<Future<Integer>> answers = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            for (int i = 1; i <= 40; i++) {
                int n = i;
                // issue 7's summary carries U+0000, which PostgreSQL's jsonb refuses
                answers.add(senders.submit(() -> send(n, n == 7 ? "bad\u0000summary" : "Story " + n)));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(204);
            }
        } finally {
            senders.shutdownNow();
        }
        mirror.awaitDrained(tenant);
        assertThat(mirror.issues(tenant)).hasSize(40);
        assertThat(mirror.issue(tenant, 10007).get("summary")).isEqualTo("bad\uFFFDsummary");
        assertThat(mirror.issue(tenant, 10008).get("summary")).isEqualTo("Story 8");
    }

    private int send(int n, String summary) {
        JiraPayloads.Issue issue = new JiraPayloads.Issue(10000 + n, "WEB-" + n, T0.plusSeconds(n));
        issue.summary = summary;
        String path = "/webhooks/issue-created";
        Map<String, Object> body = JiraPayloads.issueEvent("jira:issue_created", issue, 1);
        return post(path, acme.hs256("POST", path), body, Map.of("X-Atlassian-Webhook-Identifier", "burst-" + n))
                .status();
    }
}
