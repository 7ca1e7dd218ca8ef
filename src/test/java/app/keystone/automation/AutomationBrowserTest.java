package app.keystone.automation;

import app.keystone.sandbox.BrowserScript;
import app.keystone.sandbox.SandboxTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * *Blocked → risk* in a real browser (frontend/e2e/automation.e2e.mjs through {@link BrowserScript}): the site's Jira
 * administrator switches the rule on (0 days) in the admin page, flags a story of the demo program in the shell's
 * issue view, and the risk the rule raises appears in that story's issue panel; the script then unflags the story and
 * switches the rule off. Screenshots go to target/screenshots.
 *
 * <p>The scheduler checks every 5 minutes; instead of a context of its own (the sandbox's port is shared by every
 * {@link SandboxTest}), this test runs the same check every second while the script runs, as the scheduler would.
 * The demo program's own blocked issues are set aside for the duration (as if their risks were already raised), so
 * only the script's story raises a risk and the demo keeps no risks of this test's making.
 */
class AutomationBrowserTest extends SandboxTest {

    @Autowired
    BlockedCheck check;

    @Test
    void blockedRiskEnabledInTheAdminPageRaisesTheRiskShownInTheIssuePanel() throws Exception {
        sharedSecret(); // Keystone installed into the sandbox
        UUID tenant = sandboxTenant();
        List<Long> setAside = db.sql("insert into automation_blocked (tenant_id, issue_id, raised) select :t, b.issue_id, "
                + "true from (" + BlockedCheck.BLOCKED_NOW + ") b on conflict do nothing returning issue_id")
                .param("t", tenant).query(Long.class).list();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    check.sweep();
                } catch (RuntimeException e) {
                    System.err.println("blocked check failed: " + e);
                }
            }, 1, 1, TimeUnit.SECONDS);
            BrowserScript.run("automation.e2e.mjs", port(), List.of("automation-rule-enabled.png",
                    "automation-risk-in-panel.png", "automation-issue.png", "automation-rule-off.png"));
        } finally {
            scheduler.shutdownNow();
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
            for (Long issue : setAside) {
                db.sql("delete from automation_blocked where tenant_id = ? and issue_id = ?").param(tenant)
                        .param(issue).update();
            }
        }
    }
}
