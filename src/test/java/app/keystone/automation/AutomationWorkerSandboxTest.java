package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.faults.FaultSettings;
import app.keystone.sandbox.faults.SandboxFaults;
import app.keystone.shared.TenantId;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The worker: several nodes drain one outbox with one run per firing key; failures retry, then end FAILED. */
class AutomationWorkerSandboxTest extends AutomationSandboxSupport {

    @Autowired
    TriggerOutbox outbox;
    @Autowired
    AutomationWorker worker;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SandboxFaults faults;

    @Test
    void nodesDrainingTogetherRunEachFiringKeyOnce() throws Exception {
        enable("done-inform", true, "{}");
        TenantId site = new TenantId(tenant);
        // 40 keys, each queued three times (a webhook, its duplicate, a replay); issues the mirror does not hold
        tx.executeWithoutResult(s -> {
            for (int copy = 0; copy < 3; copy++) {
                for (int i = 0; i < 40; i++) {
                    outbox.add(site, RuleType.DONE_INFORM, "issue:" + (900_000 + i) + "@1#1", "test " + i,
                            900_000L + i, "ZZW-" + (i + 1), null, JSON.createObjectNode().put("to", "done"));
                }
            }
        });
        // this node's background worker plus two more "nodes" (own threads, own connections)
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> drained = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                drained.add(nodes.submit((Callable<Integer>) () -> {
                    int total = 0;
                    for (int i = 0; i < 10; i++) {
                        total += worker.drainOnce();
                    }
                    return total;
                }));
            }
            for (Future<Integer> f : drained) {
                f.get();
            }
        } finally {
            nodes.shutdown();
        }
        awaitQuiet();
        List<Integer> perKey = db.sql("""
                select count(*) from automation_run where tenant_id = ? and issue_key like 'ZZW-%'
                group by issue_key""").param(tenant).query(Integer.class).list();
        assertThat(perKey).hasSize(40).containsOnly(1);
        db.sql("delete from automation_run where tenant_id = ? and issue_key like 'ZZW-%'").param(tenant).update();
        db.sql("delete from automation_firing where tenant_id = ? and firing_key like 'issue:9000%'").param(tenant)
                .update();
    }

    @Test
    void aFailingSendIsRetriedWithBackoffAndThenActsOnce() {
        long story = storyWithInformed();
        String key = key(story);
        enable("done-inform", false, "{}");
        faults.set(new FaultSettings(0, 1, 1.0, 0, 0, 0, 0));
        try {
            done(story);
            MirrorProbe.await(() -> db.sql("select count(*) from automation_trigger where tenant_id = ? and "
                    + "issue_id = ? and attempts >= 1 and last_error like '%503%'").param(tenant).param(story)
                    .query(Integer.class).single() == 1, Duration.ofSeconds(60), "a failed attempt recorded");
        } finally {
            faults.set(FaultSettings.OFF);
        }
        assertThat(runs(key)).isEmpty();
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("ACTED");
        awaitQuiet();
        assertThat(runs(key)).hasSize(1);
        assertThat(notifications(key)).hasSize(1);
    }

    @Test
    void aSendJiraRefusesEndsFailedWithJirasReason() {
        long story = storyWithInformed();
        String key = key(story);
        // an Informed that has since left the site: Jira refuses to notify an unknown account (400)
        db.sql("insert into raci_assignment (tenant_id, scope_type, scope_id, account_id, role) "
                + "values (?, 'issue', ?, 'gone-user-0000', 'I')").param(tenant).param(Long.toString(story)).update();
        db.sql("insert into raci_scope (tenant_id, scope_type, scope_id) values (?, 'issue', ?) "
                + "on conflict do nothing").param(tenant).param(Long.toString(story)).update();
        enable("done-inform", false, "{}");
        done(story);
        JsonNode run = awaitRuns(key, 1).get(0);
        assertThat(run.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(run.path("detail").asText()).contains("400").contains("gone-user-0000");
        awaitQuiet();
        assertThat(notifications(key)).isEmpty();
    }

    private long storyWithInformed() {
        String project = project();
        long story = create(project, "Story", "Retry me", null);
        Response r = put("issue/" + story, body("A|" + PRIYA, "R|" + TOMAS, "I|" + AISHA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return story;
    }
}
