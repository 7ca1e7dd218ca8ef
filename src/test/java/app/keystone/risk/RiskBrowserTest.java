package app.keystone.risk;

import app.keystone.sandbox.BrowserScript;
import app.keystone.sandbox.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The risk register in a real browser (frontend/e2e/risk.e2e.mjs through {@link BrowserScript}): a risk created from
 * an issue panel in the sandbox shows in the register and in its heat-map cell, and a residual score change shows in
 * its history, its score trend and the register's exposure trend; the filtered register exports as CSV and that file
 * passes an import dry run as all unchanged; the register follows dark mode. Screenshots go to target/screenshots.
 */
class RiskBrowserTest extends SandboxTest {

    @Test
    void riskFromTheIssuePanelShowsInTheRegisterHeatMapAndTrend() throws Exception {
        sharedSecret(); // Keystone installed into the sandbox
        BrowserScript.run("risk.e2e.mjs", port(), List.of("risk-issue-panel.png", "risk-register-cell.png",
                "risk-detail-residual.png", "risk-register-after.png", "risk-register-dark.png"));
    }
}
