package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs one playwright-core script from {@code frontend/e2e} in Debian's headless Chromium against a running
 * Keystone + sandbox: {@code node e2e/<script> <baseUrl> <screenshotDir> <chromium>}. Each feature keeps its
 * own script and JUnit class; this is the one place that finds the browser and judges the script's exit. With
 * CI=true a missing Chromium fails the build; locally the test is skipped with a message naming what to install.
 */
public final class BrowserScript {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private BrowserScript() {
    }

    /** Runs the script, fails the test on a non-zero exit or timeout, and checks the screenshots it must write. */
    public static void run(String script, int port, List<String> expectedShots) throws Exception {
        String browser = chromium();
        Path shots = Path.of("target", "screenshots").toAbsolutePath();
        Process node = new ProcessBuilder("node", "e2e/" + script, "http://localhost:" + port, shots.toString(),
                browser).directory(new File("frontend")).redirectErrorStream(true).start();
        boolean finished = node.waitFor(180, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes());
        if (!finished) {
            node.destroyForcibly();
        }
        // The script's own report (e.g. a skipped step) belongs in the build log, not only in failures.
        System.out.println(output);
        assertThat(finished).as("browser script %s finished in time: %s", script, output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        for (String shot : expectedShots) {
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
            System.err.println("\n*** " + message + " Skipping the browser test. ***\n");
            Assumptions.abort(message);
        }
        return found.get();
    }
}
