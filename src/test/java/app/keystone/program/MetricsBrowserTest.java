package app.keystone.program;

import app.keystone.sandbox.BrowserScript;
import app.keystone.sandbox.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Program metrics in a real browser (frontend/e2e/metrics.e2e.mjs): a JQL metric added on the Program page inside
 * the sandbox shell, an issue matching it created in the site, "Sample now", and the card's value and trend move.
 * Screenshots go to target/screenshots.
 */
class MetricsBrowserTest extends SandboxTest {

    @Test
    void aJqlMetricFollowsTheSiteWhenSampled() throws Exception {
        sharedSecret(); // Keystone installed into the sandbox, the demo program created
        BrowserScript.run("metrics.e2e.mjs", port(), List.of("metrics-added.png", "metrics-trend.png"));
    }
}
