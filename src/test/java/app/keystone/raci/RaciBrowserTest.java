package app.keystone.raci;

import app.keystone.sandbox.BrowserScript;
import app.keystone.sandbox.SandboxTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RACI views in a real browser (frontend/e2e/raci.e2e.mjs through {@link BrowserScript}): an Accountable assigned on
 * a PLAT epic from the issue panel's user picker is inherited by a WEB story under it, shows in the program's matrix
 * (and its CSV export) on the project page, and in the Accountable's own "My responsibilities". Screenshots go to
 * target/screenshots.
 */
class RaciBrowserTest extends SandboxTest {

    @Test
    void accountableOnAnEpicIsInheritedAcrossProjectsAndShownInMatrixAndMyResponsibilities() throws Exception {
        sharedSecret(); // Keystone installed into the sandbox
        BrowserScript.run("raci.e2e.mjs", port(), List.of("raci-epic.png", "raci-story-inherited.png",
                "raci-matrix.png", "raci-my-responsibilities.png", "raci-my-responsibilities-dark.png"));
    }
}
