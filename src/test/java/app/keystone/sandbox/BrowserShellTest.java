package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The views in a real browser: Debian's headless Chromium, driven by playwright-core
 * (frontend/e2e/sandbox-shell.e2e.mjs) against this running Keystone + sandbox: Keystone's views inside the
 * shell in light and dark mode, an issue edited from the shell, the user switch and the Sandbox page. Screenshots go to
 * target/screenshots. With CI=true a missing Chromium fails the build; locally the test is skipped with
 * a message naming what to install.
 */
class BrowserShellTest extends SandboxTest {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    @Test
    void shellShowsKeystonesViewsInLightAndDarkMode() throws Exception {
        String browser = chromium();
        sharedSecret(); // Keystone installed into the sandbox
        Path shots = Path.of("target", "screenshots").toAbsolutePath();
        Process node = new ProcessBuilder("node", "e2e/sandbox-shell.e2e.mjs", "http://localhost:" + port(),
                shots.toString(), browser)
                .directory(new File("frontend")).redirectErrorStream(true).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes());
        if (!finished) {
            node.destroyForcibly();
        }
        // The script's own report (e.g. a skipped step) belongs in the build log, not only in failures.
        System.out.println(output);
        assertThat(finished).as("browser test finished in time: %s", output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        for (String shot : List.of("issue-panel-light.png", "issue-panel-dark.png", "program-page-dark.png",
                "shell-edit.png", "sandbox-page.png")) {
            assertThat(Files.size(shots.resolve(shot))).as(shot).isPositive();
        }
    }

    private static String chromium() {
        Optional<String> found = Optional.ofNullable(System.getenv("CHROME_PATH"))
                .or(() -> CHROMIUM.stream().filter(p -> new File(p).canExecute()).findFirst());
        if (found.isEmpty()) {
            String message = "NO CHROMIUM FOUND: browser tests need Debian's 'chromium' package "
                    + "(apt-get install chromium) or CHROME_PATH pointing at Chrome/Chromium.";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            System.err.println("\n*** " + message + " Skipping BrowserShellTest. ***\n");
            Assumptions.abort(message);
        }
        return found.get();
    }
}
