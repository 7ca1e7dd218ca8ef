package app.keystone.sandbox;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The views in a real browser (frontend/e2e/sandbox-shell.e2e.mjs through {@link BrowserScript}): Keystone's views
 * inside the shell in light and dark mode, an issue edited from the shell, the user switch and the Sandbox page.
 * Screenshots go to target/screenshots.
 */
class BrowserShellTest extends SandboxTest {

    @Test
    void shellShowsKeystonesViewsInLightAndDarkMode() throws Exception {
        sharedSecret(); // Keystone installed into the sandbox
        BrowserScript.run("sandbox-shell.e2e.mjs", port(), List.of("issue-panel-light.png", "issue-panel-dark.png",
                "program-page-dark.png", "shell-edit.png", "sandbox-page.png"));
    }
}
