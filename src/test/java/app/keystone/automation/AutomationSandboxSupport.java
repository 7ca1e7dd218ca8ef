package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.raci.RaciSandboxSupport;
import app.keystone.sandbox.data.Catalog;
import app.keystone.sandbox.hooks.WebhookSwitches;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/**
 * Automation against the sandbox: issues change in the simulated site, reach the mirror as signed webhooks, rules
 * run from the mirror's events and e-mail through the site's notify. Rule settings and the run log are the tenant's,
 * shared with other test classes, so each test starts and ends with none.
 */
abstract class AutomationSandboxSupport extends RaciSandboxSupport {

    @AfterEach
    void noRules() {
        db.sql("delete from automation_trigger where tenant_id = ?").param(tenant).update();
        db.sql("delete from automation_rule where tenant_id = ?").param(tenant).update();
        db.sql("delete from automation_blocked where tenant_id = ?").param(tenant).update();
        db.sql("delete from automation_epic_seen where tenant_id = ?").param(tenant).update();
        db.sql("delete from automation_check_baseline where tenant_id = ?").param(tenant).update();
        db.sql("delete from automation_digest where tenant_id = ?").param(tenant).update();
    }

    Response rule(String key, String body) {
        return sendTo("PUT", "/api/automation/rules/" + key, body, contextToken(PRIYA));
    }

    void enable(String key, boolean dryRun, String params) {
        Response r = rule(key, "{\"enabled\":true,\"dryRun\":" + dryRun + ",\"params\":" + params + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Moves the issue to a status in the site and waits until the mirror has it. */
    void transition(long id, long statusId) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(id),
                json().put("statusId", Long.toString(statusId)).put("actor", PRIYA).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MirrorProbe.await(() -> db.sql("select status_id from jira_issue where tenant_id = ? and issue_id = ?")
                .param(tenant).param(id).query(Long.class).optional().orElse(-1L) == statusId,
                Duration.ofSeconds(30), "status mirrored");
    }

    void done(long id) {
        transition(id, Catalog.DONE);
    }

    /** Runs {@code edits} while the site delivers every webhook twice, and waits until all were delivered. */
    void withDuplicatedWebhooks(Runnable edits) {
        WebhookSwitches before = webhooks.switches();
        webhooks.switches(new WebhookSwitches(1.0, 0, true, 0, before.retryBackoffMs()));
        try {
            edits.run();
            webhooks.awaitIdle(Duration.ofSeconds(30));
        } finally {
            webhooks.switches(before);
        }
    }

    /** The run log for an issue, newest first, as the API answers it. */
    JsonNode runs(String issueKey) {
        Response r = sendTo("GET", "/api/automation/runs?issueKey=" + issueKey, null, contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("items");
    }

    JsonNode awaitRuns(String issueKey, int count) {
        MirrorProbe.await(() -> runs(issueKey).size() >= count, Duration.ofSeconds(30), count + " runs of " + issueKey);
        return runs(issueKey);
    }

    /** Waits until nothing is queued for the site: every trigger so far has run. */
    void awaitQuiet() {
        MirrorProbe.await(() -> db.sql("select count(*) from automation_trigger where tenant_id = ?").param(tenant)
                .query(Integer.class).single() == 0, Duration.ofSeconds(30), "automation triggers drained");
    }

    /** Recipients of each notification the site recorded for the issue, oldest first. */
    List<List<String>> notifications(String issueKey) {
        JsonNode all = sendTo("GET", "/sandbox/api/notifications?limit=500", null, null).json();
        List<List<String>> found = new ArrayList<>();
        for (JsonNode n : all) {
            if (issueKey.equals(n.path("issueKey").asText())) {
                List<String> to = new ArrayList<>();
                n.path("recipients").forEach(u -> to.add(u.path("accountId").asText()));
                found.add(0, to);
            }
        }
        return found;
    }
}
