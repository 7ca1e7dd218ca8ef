package app.keystone.bench;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.KeyServer;
import app.keystone.support.KeystoneProcess;
import app.keystone.support.WebhookSender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Rollup benchmark (issue 5). Starts PostgreSQL and Keystone as a separate JVM (like {@link WebhookLoadDriver}),
 * installs a site, COPYs a 250k-issue mirror ({@link RollupDataset}), creates a program over all its projects and one
 * over an initiative's descendants through the API, then lets Keystone's writer build every rollup from rollup_dirty —
 * the production path. Measures reads over HTTP with context JWTs, the recursive-CTE reference on the same data
 * ({@link RollupReference}), and the latency of one change on this program against a 1,000-issue one.
 * Run: {@code mvn -Pbench -Dbench.which=rollup -Dfrontend.skip=true test}; report in target/bench/rollup.txt.
 */
public final class RollupBenchmark {

    private static final int ISSUES = Integer.getInteger("bench.rollup.issues", 250_000);
    private static final int SMALL = Integer.getInteger("bench.rollup.small", 1_000);
    private static final int READS = Integer.getInteger("bench.rollup.reads", 500);
    private static final int CHANGES = Integer.getInteger("bench.rollup.changes", 100);
    private static final int PAGE_LOADS = Integer.getInteger("bench.rollup.page-loads", 0);
    private static final boolean HOLD = Boolean.getBoolean("bench.rollup.hold");
    private static final boolean FSYNC = Boolean.parseBoolean(System.getProperty("bench.fsync", "true"));
    private static final String APP_JVM = System.getProperty("bench.app-jvm", "-Xmx1g -XX:+UseParallelGC")
            + " " + System.getProperty("bench.app-jvm-extra", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = WebhookSender.client();
    private KeystoneProcess app;
    private DataSource ds;

    /** One installed site with its generated program. */
    record Site(FakeJiraSite jira, UUID tenant, RollupDataset data, String allProgram, String rootProgram, long root) {
    }

    public static void main(String[] args) throws Exception {
        if (!"rollup".equals(System.getProperty("bench.which", "rollup"))) {
            return; // the bench profile runs both drivers' executions; -Dbench.which picks one
        }
        try {
            new RollupBenchmark().run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        if (PAGE_LOADS > 0) {
            ProgramPageBench.checkReady();
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("fsync", FSYNC ? "on" : "off").start()) {
            ds = pg.getPostgresDatabase();
            try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                WebhookLoadDriver.Cpu.postmaster = Long.parseLong(
                        Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
            }
            // the driver writes SQL directly and cannot nudge the writer after commit as the mirror does: a 5 ms poll
            // stands in for the nudge, so change latency is not dominated by the 250 ms idle poll
            Map<String, String> props = new LinkedHashMap<>(Map.of(
                    "atlassian.connect.public-key-base-url", KeyServer.shared().baseUrl(),
                    "keystone.sync.enabled", "false", "keystone.rollup.poll-interval-ms", "5",
                    // no Jira behind the fake site to ask about browse permissions
                    "keystone.permissions.enforce", "false",
                    // the page-load driver's host page serves the sandbox's all.js (the AP API over postMessage)
                    "atlassian.connect.all-js-url", ProgramPageBench.ALL_JS_URL));
            // every request with its duration (%D: microseconds in Tomcat 10), to see which calls a page load waits for
            Files.deleteIfExists(out.resolve("keystone-rollup-access.log"));
            props.putAll(Map.of("server.tomcat.accesslog.enabled", "true",
                    "server.tomcat.accesslog.directory", out.toAbsolutePath().toString(),
                    "server.tomcat.accesslog.prefix", "keystone-rollup-access", "server.tomcat.accesslog.suffix", ".log",
                    "server.tomcat.accesslog.file-date-format", "", "server.tomcat.accesslog.buffered", "false",
                    "server.tomcat.accesslog.pattern", "%{HH:mm:ss.SSS}t %m %U %s %b %D µs"));
            KeystoneProcess.withArgs(props, System.getProperty("bench.app-args", ""));
            List<String> jvm = new ArrayList<>(Arrays.asList(APP_JVM.trim().split("\\s+")));
            app = KeystoneProcess.start(pg.getJdbcUrl("postgres", "postgres"), props, jvm, out.resolve("keystone-rollup.log"))
                    .awaitUp(Duration.ofSeconds(120));
            line("Keystone rollup benchmark — %s", ZonedDateTime.now());
            line("machine: %d CPUs (%s), %s; app, PostgreSQL 17 (zonky, fsync=%s) and driver on this machine",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), FSYNC ? "on" : "off");
            line("app: separate JVM %s, pid %d, %s", jvm, app.pid(), props);

            try {
                Site big = site("big", ISSUES);
                Site small = site("small", SMALL);
                reads(big);
                if (PAGE_LOADS > 0) {
                    pageLoads(big);
                }
                ReadBreakdown.run(ds, big.tenant(), UUID.fromString(big.allProgram()), UUID.fromString(big.rootProgram()),
                        big.data().projects, this::line);
                reference(big);
                incremental(big, small);
            } finally {
                if (APP_JVM.contains("StartFlightRecording")) {
                    new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                            Long.toString(app.pid()), "JFR.dump",
                            "filename=" + out.resolve("keystone-rollup.jfr").toAbsolutePath()).inheritIO().start().waitFor();
                }
                hold(pg, out);
                // a failed step must not leave the app running on a database that is about to stop
                app.kill();
            }
        }
        Files.writeString(out.resolve("rollup.txt"), report);
        System.out.println("written to target/bench/rollup.txt");
    }

    /**
     * With {@code -Dbench.rollup.hold=true}, keeps Keystone and PostgreSQL up after the run (or its failure) until
     * target/bench/hold is deleted, for a look with psql or curl; their addresses are printed.
     */
    private void hold(EmbeddedPostgres pg, Path out) throws Exception {
        if (!HOLD) {
            return;
        }
        Path flag = Files.writeString(out.resolve("hold"), "delete this file to stop the benchmark\n");
        System.out.printf("holding: Keystone http://localhost:%d, PostgreSQL %s — delete %s to stop%n", app.port,
                pg.getJdbcUrl("postgres", "postgres"), flag.toAbsolutePath());
        while (Files.exists(flag)) {
            Thread.sleep(1000);
        }
    }

    /** Installs a site, COPYs its mirror, creates both programs, and times the writer building every rollup. */
    private Site site(String name, int size) throws Exception {
        FakeJiraSite jira = new FakeJiraSite(name, KeyServer.shared());
        new WebhookSender(http, app.port, jira).install();
        UUID tenant = WebhookLoadDriver.tenant(ds, jira.clientKey);
        RollupDataset data = new RollupDataset(size);
        long copyMs;
        try (Connection c = ds.getConnection()) {
            copyMs = data.copyInto(c, tenant);
            c.createStatement().execute("analyze jira_issue; analyze jira_issue_link");
        }
        line("");
        line("site %s: %,d issues (%d initiatives, %,d epics, %,d stories/tasks, %,d sub-tasks) over %d projects, "
                        + "%,d Blocks links; COPY into the mirror took %.1f s", name, size, data.initiatives, data.epics,
                data.stories, size - data.initiatives - data.epics - data.stories, data.projects.size(), data.links,
                copyMs / 1e3);
        LocalDate target = LocalDate.now(ZoneOffset.UTC).plusDays(120);
        String all = create(jira, Map.of("name", "All projects", "projectKeys", data.projects, "targetDate", target.toString()));
        String root = create(jira, Map.of("name", "Initiative " + data.key[0], "rootIssueKeys", List.of(data.key[0]),
                "targetDate", target.toString()));
        awaitEmpty("rollup_program_dirty", tenant, Duration.ofMinutes(5));

        // the production path: every issue marked dirty, Keystone's single writer per tenant drains the queue
        WebhookLoadDriver.Cpu cpu = WebhookLoadDriver.Cpu.start(app.pid());
        long start = System.nanoTime();
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into rollup_dirty (tenant_id, issue_id) select tenant_id, issue_id from jira_issue "
                        + "where tenant_id = ? order by issue_id")) {
            st.setObject(1, tenant);
            st.executeUpdate();
        }
        awaitEmpty("rollup_dirty", tenant, Duration.ofHours(2));
        double seconds = (System.nanoTime() - start) / 1e9;
        WebhookLoadDriver.Cpu.Usage usage = cpu.stop();
        line("  build: %,d issues through rollup_dirty in %.1f s = %,.0f issues/s (CPU s: keystone %.1f, postgres %.1f)",
                size, seconds, size / seconds, usage.app(), usage.postgres());

        // a scope rebuild of both programs from the nodes (what a scope edit costs)
        start = System.nanoTime();
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "insert into rollup_program_dirty (program_id, tenant_id) select id, tenant_id from program where tenant_id = ?")) {
            st.setObject(1, tenant);
            st.executeUpdate();
        }
        awaitEmpty("rollup_program_dirty", tenant, Duration.ofMinutes(30));
        line("  scope rebuild of both programs (rollup_program_dirty): %.1f s", (System.nanoTime() - start) / 1e9);
        try (Connection c = ds.getConnection()) {
            // what autovacuum would do shortly after a bulk load: reads are measured with current planner statistics
            c.createStatement().execute("vacuum analyze rollup_node, rollup_node_date, program_issue, rollup_program, "
                    + "rollup_program_date, jira_issue, jira_issue_link");
        }
        long rootId = RollupDataset.id(0);
        line("  programs: all projects %s (%,d members), initiative %s %s (%,d members)", all, members(all), data.key[0],
                root, members(root));
        return new Site(jira, tenant, data, all, root, rootId);
    }

    private void reads(Site s) throws Exception {
        line("");
        line("reads over HTTP (sequential, one request at a time, fresh context JWT each, n after 50 warm-up):");
        timeGets(s, String.format("program rollup, all projects (%,d)", members(s.allProgram())),
                "/api/programs/" + s.allProgram() + "/rollup", 50, READS);
        // every read above after the first reuses the remembered forecast (ForecastCache): this is the cold figure
        timeGets(s, "program rollup, all projects, forecast not cached",
                "/api/programs/" + s.allProgram() + "/rollup?seed=", 50, READS);
        timeGets(s, String.format("program rollup, one initiative (%,d)", members(s.rootProgram())),
                "/api/programs/" + s.rootProgram() + "/rollup", 50, READS);
        timeGets(s, "issue rollup, initiative with " + descendants(s) + " descendants", "/api/issues/" + s.root() + "/rollup", 20, READS);
        timeGets(s, "children top level, all projects", "/api/programs/" + s.allProgram() + "/children", -1, READS / 5);
        timeGets(s, "children top level, one initiative", "/api/programs/" + s.rootProgram() + "/children", -1, READS / 5);
        timeGets(s, "children of the initiative", "/api/programs/" + s.allProgram() + "/children?parentIssueId=" + s.root(), -1, READS / 5);
        // paged since issue 5: each a first page (dependencies 200 rows, RACI reports 1,000 work items examined)
        timeGets(s, "dependency list, first page, all projects", "/api/programs/" + s.allProgram() + "/dependencies", -1,
                READS / 5);
        timeGets(s, "RACI matrix, first page, all projects", "/api/raci/matrix?programId=" + s.allProgram(), -1, READS / 5);
        timeGets(s, "RACI gap report, first page, all projects", "/api/raci/gaps?programId=" + s.allProgram(), -1,
                READS / 5);
    }

    private double[] timeGets(Site s, String what, String path, double goalP95, int count) throws Exception {
        // a path ending in "seed=" gets a new seed on every request (nothing remembered can answer it)
        java.util.function.IntFunction<String> nth = path.endsWith("seed=") ? i -> path + (1_000 + i) : i -> path;
        for (int i = 0; i < 50; i++) {
            get(s, nth.apply(-1 - i));
        }
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            HttpRequest request = request(s, nth.apply(i));
            long t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
            }
        }
        double p50 = WebhookLoadDriver.pct(nanos, 50);
        double p95 = WebhookLoadDriver.pct(nanos, 95);
        line("  %-48s n=%d p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms%s", what, count, p50, p95, WebhookLoadDriver.pct(nanos, 100),
                goalP95 < 0 ? "" : String.format(" (goal p95 ≤%.0f ms: %s)", goalP95, p95 <= goalP95 ? "met" : "MISSED"));
        return new double[] {p50, p95};
    }

    /** The Program page of project P01 (in the all-projects program only) in headless Chromium: see ProgramPageBench. */
    private void pageLoads(Site s) throws Exception {
        line("");
        line("Program page of %s in headless Chromium, all-projects program (%,d issues): %d loads after 2 warm-up, each "
                + "in a fresh browser context (cold cache); ms since the frame's navigation start:",
                s.data().projects.get(0), s.data().size, PAGE_LOADS);
        ProgramPageBench.run(app.port, s.jira(), s.data().projects.get(0), RollupDataset.PROJECT_ID_BASE, 2, PAGE_LOADS,
                this::line);
    }

    /** The reference CTE against the maintained read, for both programs; figures compared for equality too. */
    private void reference(Site s) throws Exception {
        line("");
        line("reference: recursive CTE over jira_issue/jira_issue_link for the program's scope (p50 of 10 after 2 warm-up)"
                + " vs the maintained read (HTTP p50 above, and the same figures):");
        compare(s, "all projects", s.allProgram(), s.data().projects, List.of());
        compare(s, "one initiative", s.rootProgram(), List.of(), List.of(s.root()));
    }

    private void compare(Site s, String name, String program, List<String> projects, List<Long> roots) throws Exception {
        RollupReference.Figures ref = null;
        long[] nanos = new long[10];
        try (Connection c = ds.getConnection()) {
            for (int i = -2; i < nanos.length; i++) {
                long t0 = System.nanoTime();
                ref = RollupReference.compute(c, s.tenant(), projects, roots);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - t0;
                }
            }
        }
        String path = "/api/programs/" + program + "/rollup";
        long[] reads = new long[100];
        JsonNode api = null;
        for (int i = 0; i < reads.length; i++) {
            HttpRequest request = request(s, path);
            long t0 = System.nanoTime();
            api = JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
            reads[i] = System.nanoTime() - t0;
        }
        JsonNode is = api.path("issues");
        String maintained = String.format("total %d, new %d, in progress %d, done %d, points %s/%s, blocked %d, overdue %d",
                is.path("total").asLong(), is.path("new").asLong(), is.path("indeterminate").asLong(), is.path("done").asLong(),
                api.path("estimate").path("done").decimalValue().stripTrailingZeros().toPlainString(),
                api.path("estimate").path("total").decimalValue().stripTrailingZeros().toPlainString(),
                api.path("blocked").asLong(), api.path("overdue").asLong());
        double refP50 = WebhookLoadDriver.pct(nanos, 50);
        double readP50 = WebhookLoadDriver.pct(reads, 50);
        line("  %s: CTE p50 %.1f ms (min %.1f), maintained read p50 %.1f ms → %.1f× (goal ≥10×: %s)", name, refP50,
                WebhookLoadDriver.pct(nanos, 0), readP50, refP50 / readP50, refP50 / readP50 >= 10 ? "met" : "MISSED");
        line("    CTE:        %s", ref.line());
        line("    maintained: %s → %s", maintained, maintained.equals(ref.line()) ? "same" : "DIFFERENT");
    }

    /**
     * One change at a time, alternating between the two sites: a level-0 issue under the root initiative flips
     * between to-do and done in the mirror and is marked dirty (with the issues it blocks, as the mirror's marker
     * does) in one transaction; the latency runs from that commit until the initiative's node shows it, which the
     * writer flushes in the same transaction as the programs' sums.
     */
    private void incremental(Site big, Site small) throws Exception {
        line("");
        line("incremental: %d single-issue changes per site (status flip of a story under the initiative), commit → "
                + "the initiative's rollup_node shows it (writer polls every 5 ms; JDBC probe every 0.1 ms):", CHANGES);
        long[][] latency = {new long[CHANGES], new long[CHANGES]};
        Site[] sites = {big, small};
        for (int i = -10; i < CHANGES; i++) {
            for (int k = 0; k < 2; k++) {
                long nanos = change(sites[k], Math.floorMod(i, 40));
                if (i >= 0) {
                    latency[k][i] = nanos;
                }
                Thread.sleep(20);
            }
        }
        double[] p50 = new double[2];
        for (int k = 0; k < 2; k++) {
            p50[k] = WebhookLoadDriver.pct(latency[k], 50);
            line("  %-10s %,8d issues: p50 %.1f ms, p95 %.1f ms, max %.1f ms", sites[k].jira().clientKey.split("-")[1],
                    sites[k].data().size, p50[k], WebhookLoadDriver.pct(latency[k], 95), WebhookLoadDriver.pct(latency[k], 100));
        }
        line("  ratio big/small p50: %.2f (goal: about 1, i.e. independent of program size)", p50[0] / p50[1]);
    }

    private long change(Site s, int n) throws Exception {
        long story = RollupDataset.id(s.data().storyUnderFirstInitiative(n));
        try (Connection c = ds.getConnection()) {
            long before = doneBelowRoot(c, s);
            String category;
            try (PreparedStatement st = c.prepareStatement(
                    "select status_category from jira_issue where tenant_id = ? and issue_id = ?")) {
                st.setObject(1, s.tenant());
                st.setLong(2, story);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    category = rs.getString(1);
                }
            }
            boolean nowDone = !category.equals("done");
            c.setAutoCommit(false);
            try (PreparedStatement up = c.prepareStatement("""
                    update jira_issue set status_category = ?, status_name = ?, resolution_date = ?, jira_updated = now()
                    where tenant_id = ? and issue_id = ?""");
                 PreparedStatement mark = c.prepareStatement("""
                         insert into rollup_dirty (tenant_id, issue_id) select ?, ? union all
                         select tenant_id, destination_id from jira_issue_link
                         where tenant_id = ? and source_id = ? and deleted_at is null and link_type = 'Blocks'""")) {
                up.setString(1, nowDone ? "done" : "new");
                up.setString(2, nowDone ? "Done" : "To Do");
                up.setObject(3, nowDone ? java.time.OffsetDateTime.now(ZoneOffset.UTC) : null);
                up.setObject(4, s.tenant());
                up.setLong(5, story);
                up.executeUpdate();
                mark.setObject(1, s.tenant());
                mark.setLong(2, story);
                mark.setObject(3, s.tenant());
                mark.setLong(4, story);
                mark.executeUpdate();
            }
            c.commit();
            long t0 = System.nanoTime();
            c.setAutoCommit(true);
            long expected = before + (nowDone ? 1 : -1);
            long deadline = t0 + 10_000_000_000L;
            while (doneBelowRoot(c, s) != expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("change of " + story + " not rolled up within 10 s");
                }
                LockSupport.parkNanos(100_000);
            }
            return System.nanoTime() - t0;
        }
    }

    private static long doneBelowRoot(Connection c, Site s) throws Exception {
        try (PreparedStatement st = c.prepareStatement(
                "select n_done from rollup_node where tenant_id = ? and issue_id = ?")) {
            st.setObject(1, s.tenant());
            st.setLong(2, s.root());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private String create(FakeJiraSite jira, Map<String, Object> body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/api/programs"))
                .header("Authorization", "JWT " + jira.contextToken("bench-user")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("program create failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).path("id").asText();
    }

    private HttpRequest request(Site s, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "JWT " + s.jira().contextToken("bench-user")).GET().build();
    }

    private void get(Site s, String path) throws Exception {
        HttpResponse<String> r = http.send(request(s, path), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " → " + r.statusCode() + " " + r.body());
        }
    }

    private long descendants(Site s) throws Exception {
        return JSON.readTree(http.send(request(s, "/api/issues/" + s.root() + "/rollup"), HttpResponse.BodyHandlers.ofString())
                .body()).path("issues").path("total").asLong();
    }

    private long members(String program) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                "select count(*) from program_issue where program_id = ?")) {
            st.setObject(1, UUID.fromString(program));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void awaitEmpty(String table, UUID tenant, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrint = System.nanoTime();
        int left;
        while ((left = WebhookLoadDriver.count(ds, "select count(*) from " + table + " where tenant_id = ?", tenant)) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(table + " not drained within " + timeout);
            }
            if (System.nanoTime() - lastPrint > 15_000_000_000L) {
                System.out.printf("  … %s: %,d left%n", table, left);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(100);
        }
    }

    private void line(String text) {
        line("%s", text);
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
