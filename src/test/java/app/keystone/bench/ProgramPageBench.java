package app.keystone.bench;

import app.keystone.support.FakeJiraSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The Program page's first render in headless Chromium (issue 5, goal ≤1.5 s on the 250k program): runs
 * {@code frontend/e2e/program-page.bench.mjs} against the benchmark's Keystone, which frames the page as Jira does
 * and marks, inside the frame, when the header, the health and progress bars, and the burn-up chart appear. Needs the
 * views built into the classpath (a run without {@code -Dfrontend.skip=true}) and Chromium.
 */
final class ProgramPageBench {

    /** Where the script serves Jira's host page and all.js; Keystone is started with this all.js URL. */
    static final int HOST_PORT = freePort();
    static final String ALL_JS_URL = "http://127.0.0.1:" + HOST_PORT + "/all.js";
    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProgramPageBench() {
    }

    /** Fails before the long data build when the run could not measure the page. */
    static void checkReady() {
        if (ProgramPageBench.class.getResource("/frontend/program-page.html") == null) {
            throw new IllegalStateException("bench.rollup.page-loads needs the views in the classpath: run without "
                    + "-Dfrontend.skip=true (and 'cd frontend && npm ci' first)");
        }
        chromium();
    }

    /**
     * {@code loads} measured page loads after {@code warmup}, each with its own signed iframe URL (valid 3 minutes,
     * so signed here just before the browser starts); reports p50/p95 of each mark and the p50 of each API call.
     */
    static void run(int port, FakeJiraSite site, String projectKey, long projectId, int warmup, int loads,
                    Consumer<String> line) throws Exception {
        Path out = Path.of("target", "bench").toAbsolutePath();
        String view = "/views/program-page?projectKey=" + projectKey + "&projectId=" + projectId;
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < warmup + loads; i++) {
            urls.add("http://localhost:" + port + view + "&jwt=" + site.iframeToken(view, "bench-user"));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("chromium", chromium());
        config.put("hostPort", HOST_PORT);
        config.put("allJs", Path.of("src/main/resources/static/sandbox/all.js").toAbsolutePath().toString());
        config.put("clientKey", site.clientKey);
        config.put("accountId", "bench-user");
        config.put("projectKey", projectKey);
        config.put("projectId", projectId);
        config.put("loads", urls);
        config.put("warmup", warmup);
        config.put("out", out.resolve("program-page.json").toString());
        Path configFile = out.resolve("program-page-config.json");
        Files.writeString(configFile, JSON.writeValueAsString(config));

        ProcessBuilder builder = new ProcessBuilder("node", "e2e/program-page.bench.mjs", configFile.toString())
                .directory(new File("frontend")).redirectErrorStream(true).inheritIO();
        // the fake site's secret goes in the environment, not on a command line other processes can read
        builder.environment().put("KEYSTONE_BENCH_SECRET", site.sharedSecret);
        Process node = builder.start();
        if (!node.waitFor(10, TimeUnit.MINUTES) || node.exitValue() != 0) {
            node.destroyForcibly();
            throw new IllegalStateException("program-page.bench.mjs failed (output above)");
        }
        report(JSON.readTree(out.resolve("program-page.json").toFile()), line);
    }

    private static void report(JsonNode results, Consumer<String> line) {
        for (String mark : List.of("document", "assets", "domContentLoaded", "firstApiCall", "header", "figures",
                "burnup")) {
            long[] nanos = new long[results.size()];
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] = (long) (results.get(i).path("marks").path(mark).asDouble() * 1e6);
            }
            String what = switch (mark) {
                case "document" -> "view HTML received";
                case "assets" -> "its entry scripts and styles received";
                case "domContentLoaded" -> "DOMContentLoaded";
                case "firstApiCall" -> "first API call sent";
                case "header" -> "program header (GET /api/programs)";
                case "figures" -> "header + health + progress bars";
                default -> "burn-up chart";
            };
            double p50 = WebhookLoadDriver.pct(nanos, 50);
            line.accept(String.format("  %-48s p50 %6.0f ms, p95 %6.0f ms, max %6.0f ms%s", what, p50,
                    WebhookLoadDriver.pct(nanos, 95), WebhookLoadDriver.pct(nanos, 100),
                    !"figures".equals(mark) ? "" : String.format(" (goal ≤1,500 ms: %s)", p50 <= 1500 ? "met" : "MISSED")));
        }
        int timedOut = 0;
        for (JsonNode r : results) {
            timedOut += r.path("timedOut").asBoolean() ? 1 : 0;
        }
        if (timedOut > 0) {
            line.accept(String.format("  %d of %d loads timed out (no burn-up or health after 60 s; counted as 60,000 ms)",
                    timedOut, results.size()));
        }
        // each API call: start (since the frame's navigation start) and duration, p50 over the loads
        Map<String, List<double[]>> calls = new LinkedHashMap<>();
        for (JsonNode r : results) {
            for (JsonNode call : r.path("api")) {
                calls.computeIfAbsent(call.path("path").asText(), k -> new ArrayList<>())
                        .add(new double[] {call.path("start").asDouble(), call.path("end").asDouble()});
            }
        }
        line.accept("  API calls during the load (p50 over the loads: start → end since navigation start, duration):");
        calls.forEach((path, list) -> {
            long[] start = list.stream().mapToLong(c -> (long) (c[0] * 1e6)).toArray();
            long[] end = list.stream().mapToLong(c -> (long) (c[1] * 1e6)).toArray();
            long[] took = list.stream().mapToLong(c -> (long) ((c[1] - c[0]) * 1e6)).toArray();
            line.accept(String.format("    %-54s n=%-3d %5.0f → %5.0f ms, %5.0f ms", path, list.size(),
                    WebhookLoadDriver.pct(start, 50), WebhookLoadDriver.pct(end, 50), WebhookLoadDriver.pct(took, 50)));
        });
    }

    private static int freePort() {
        try {
            return app.keystone.support.KeystoneProcess.freePort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String chromium() {
        return Optional.ofNullable(System.getenv("CHROME_PATH"))
                .or(() -> CHROMIUM.stream().filter(p -> new File(p).canExecute()).findFirst())
                .orElseThrow(() -> new IllegalStateException("no Chromium: install Debian's 'chromium' package or "
                        + "set CHROME_PATH"));
    }
}
