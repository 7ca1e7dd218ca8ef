package app.keystone.bench;

import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.sync.BackfillRequests;
import app.keystone.sandbox.data.DemoGenerator;
import app.keystone.sandbox.data.DemoUsers;
import app.keystone.sandbox.data.GeneratedSite;
import app.keystone.support.KeystoneProcess;
import app.keystone.support.MirrorProbe;
import app.keystone.support.WebhookSender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Backfill benchmark (issue 5): Keystone's backfill of a large site from the sandbox against a plain client that only
 * pages the sandbox's search/jql the same way. Starts PostgreSQL and Keystone with the {@code sandbox} profile as a
 * separate JVM (the sandbox installs Keystone and it backfills the small demo site), generates N issues with the
 * sandbox's own generator over 40 new projects and 4 levels, then
 * <ol>
 * <li>reference: pages each new project with Keystone's JQL, fields and page size ({@link SearchPager}), discarding
 * the answers;</li>
 * <li>backfill: creates a program over the 40 projects through the API, as a TPM would; Keystone queues the projects
 * it does not mirror yet and backfills them (JiraSync.scopeGrew). Polled on {@code GET /api/admin/sync} until
 * live, the mirror then counted against the site; the time until the rollup queue is drained is reported apart.</li>
 * </ol>
 * Run: {@code mvn -Pbench -Dbench.which=backfill -Dbench.backfill.issues=25000 -Dfrontend.skip=true test}; report in
 * target/bench/backfill.txt.
 */
public final class BackfillBenchmark {

    private static final int ISSUES = Integer.getInteger("bench.backfill.issues", 25_000);
    private static final int PROJECTS = Integer.getInteger("bench.backfill.projects", 40);
    private static final int PAGE_SIZE = 100; // keystone.backfill.page-size's default, which the app runs with
    private static final boolean FSYNC = Boolean.parseBoolean(System.getProperty("bench.fsync", "true"));
    /** pg_stat_statements during the backfill: the statements that took the most time go into the report. */
    private static final boolean STATEMENTS = Boolean.getBoolean("bench.backfill.statements");
    /** > 0: auto_explain logs the plan of every statement slower than this (ms) into the bench's output. */
    private static final int EXPLAIN_MS = Integer.getInteger("bench.backfill.explain-ms", 0);
    /**
     * > 0: every REST call to the sandbox waits this long first (its fault switch slowShare=1, slowMs), for paging and
     * backfill alike — the sandbox answers in a few ms from the same JVM, a Jira site over the network does not.
     */
    private static final int JIRA_MS = Integer.getInteger("bench.backfill.jira-ms", 0);
    private static final String APP_JVM = System.getProperty("bench.app-jvm", "-Xmx1g -XX:+UseParallelGC")
            + " " + System.getProperty("bench.app-jvm-extra", "");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = WebhookSender.client();
    private final Path out = Path.of("target", "bench");
    private KeystoneProcess app;
    private DataSource ds;
    private UUID tenant;

    public static void main(String[] args) throws Exception {
        if (!"backfill".equals(System.getProperty("bench.which", "backfill"))) {
            return; // the bench profile runs every driver's execution; -Dbench.which picks one
        }
        new BackfillBenchmark().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("fsync", FSYNC ? "on" : "off");
        List<String> preload = new ArrayList<>();
        if (STATEMENTS) {
            preload.add("pg_stat_statements");
        }
        if (EXPLAIN_MS > 0) {
            preload.add("auto_explain");
            builder.setServerConfig("auto_explain.log_min_duration", EXPLAIN_MS + "ms");
        }
        if (!preload.isEmpty()) {
            builder.setServerConfig("shared_preload_libraries", String.join(",", preload));
        }
        try (EmbeddedPostgres pg = builder.start()) {
            ds = pg.getPostgresDatabase();
            try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                WebhookLoadDriver.Cpu.postmaster = Long.parseLong(
                        Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
            }
            Map<String, String> props = new LinkedHashMap<>(Map.of("spring.profiles.active", "sandbox"));
            KeystoneProcess.withArgs(props, System.getProperty("bench.app-args", ""));
            List<String> jvm = new ArrayList<>(Arrays.asList(APP_JVM.trim().split("\\s+")));
            app = KeystoneProcess.start(pg.getJdbcUrl("postgres", "postgres"), props, jvm,
                    out.resolve("keystone-backfill.log")).awaitUp(Duration.ofSeconds(180));
            line("Keystone backfill benchmark — %s", ZonedDateTime.now());
            line("machine: %d CPUs (%s), %s, load average at start %s; app (with the sandbox in it), PostgreSQL 17 "
                            + "(zonky, fsync=%s) and driver on this machine", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.arch"), System.getProperty("java.vm.name") + " "
                            + System.getProperty("java.version"), loadAverage(), FSYNC ? "on" : "off");
            line("app: separate JVM %s, pid %d, %s", jvm, app.pid(), props);

            tenant = installedTenant();
            awaitBackfilled(Duration.ofMinutes(3));
            awaitRollupsDrained(Duration.ofMinutes(3));
            line("installed by the sandbox; the demo site (%,d issues) backfilled", count("select count(*) from sandbox_issue"));

            long t0 = System.nanoTime();
            DemoGenerator.Generated site = GeneratedSite.generate(ds,
                    new DemoGenerator.Size(PROJECTS, ISSUES, 4, 0.04, 20261127L));
            try (Connection c = ds.getConnection()) {
                // what autovacuum does after a bulk load: both runs page with current planner statistics
                c.createStatement().execute("vacuum analyze sandbox_issue, sandbox_issue_link");
            }
            line("site: sandbox generator, %,d issues over %d new projects, 4 levels, %,d Blocks links (%.1f s, not "
                    + "measured); the demo site's %d projects are mirrored already", site.issues(), site.projectIds().size(),
                    site.links(), (System.nanoTime() - t0) / 1e9, count("select count(*) from jira_backfill"));
            line("  levels (the demo site's issues included): %s", levels());
            List<String> keys = projectKeys(site.projectIds());
            if (JIRA_MS > 0) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port
                                + "/sandbox/api/faults")).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"slowShare\": 1, \"slowMs\": " + JIRA_MS + "}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("fault switch refused: " + r.body());
                }
                line("simulated Jira response time: every sandbox REST call waits %d ms first (paging and backfill)", JIRA_MS);
            }
            double paging = reference(keys, site.issues());
            double backfill = backfill(keys, site);
            line("");
            line("ratio backfill ÷ paging (time): %.2f× (goal ≤1.3×: %s)", backfill / paging,
                    backfill / paging <= 1.3 ? "met" : "MISSED");
            if (APP_JVM.contains("StartFlightRecording")) {
                new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(app.pid()), "JFR.dump", "filename=" + out.resolve("keystone-backfill.jfr").toAbsolutePath())
                        .inheritIO().start().waitFor();
            }
            app.kill();
        }
        Files.writeString(out.resolve("backfill.txt"), report);
        System.out.println("written to target/bench/backfill.txt");
    }

    /** Pages every new project as the backfill will, after one warm-up project; @return seconds */
    private double reference(List<String> keys, long total) throws Exception {
        String secret = single("select shared_secret from sandbox_site where id = 1");
        FieldIds ids = fieldIds();
        List<String> fields = BackfillRequests.fields(ids);
        SearchPager pager = new SearchPager(http, siteUrl(), secret, fields, PAGE_SIZE);
        line("");
        line("reference: POST search/jql, one request at a time, page size %d, per project %s, fields %s",
                PAGE_SIZE, BackfillRequests.jql("KEY"), fields);
        pager.pageAll(BackfillRequests.jql(keys.get(keys.size() - 1))); // warm-up (JIT, caches), not measured
        WebhookLoadDriver.Cpu cpu = WebhookLoadDriver.Cpu.start(app.pid());
        long issues = 0;
        int pages = 0;
        for (String key : keys) {
            SearchPager.Paged p = pager.pageAll(BackfillRequests.jql(key));
            issues += p.issues();
            pages += p.pages();
        }
        WebhookLoadDriver.Cpu.Usage u = cpu.stop();
        if (issues != total) {
            throw new IllegalStateException("paged " + issues + " issues of " + total);
        }
        line("  paged %,d issues in %,d pages: %.1f s = %,.0f issues/s (CPU s: app %.1f, postgres %.1f, driver %.1f)",
                issues, pages, u.wall(), issues / u.wall(), u.app(), u.postgres(), u.driver());
        return u.wall();
    }

    /** From the program's creation to the mirror holding its projects; @return seconds */
    private double backfill(List<String> keys, DemoGenerator.Generated site) throws Exception {
        String projects = site.projectIds().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        line("");
        line("backfill: POST /api/programs over the %d projects (Keystone queues and backfills them), "
                + "GET /api/admin/sync polled every second", keys.size());
        if (STATEMENTS) {
            try (Connection c = ds.getConnection()) {
                c.createStatement().execute("create extension if not exists pg_stat_statements");
                c.createStatement().execute("select pg_stat_statements_reset()");
            }
        }
        WebhookLoadDriver.Cpu cpu = WebhookLoadDriver.Cpu.start(app.pid());
        long startMillis = System.currentTimeMillis();
        String program = createProgram(keys);
        long lastPrint = System.nanoTime();
        JsonNode status;
        do {
            Thread.sleep(1000);
            status = JSON.readTree(api("GET", "/api/admin/sync").body());
            if (status.path("state").asText().equals("retrying")) {
                line("  retrying: %s", status.path("projects").toString());
            }
            if (System.nanoTime() - lastPrint > 15_000_000_000L) {
                System.out.printf("  … %d%%, %,d mirrored%n", status.path("percent").asInt(),
                        status.path("mirroredIssues").asLong());
                lastPrint = System.nanoTime();
            }
        } while (!(status.path("state").asText().equals("live") && status.path("percent").asInt() == 100
                && count("select count(*) from jira_backfill where tenant_id = '" + tenant + "' and project_id in ("
                + projects + ") and state = 'done'") == keys.size()));
        WebhookLoadDriver.Cpu.Usage u = cpu.stop();
        // the poll sees completion up to a second late: the last project's commit time is the exact end
        double seconds = (count("select (extract(epoch from max(finished_at)) * 1000)::bigint from jira_backfill "
                + "where tenant_id = '" + tenant + "' and project_id in (" + projects + ")") - startMillis) / 1e3;
        long mirrored = count("select count(*) from jira_issue where tenant_id = '" + tenant + "' and deleted_at is null "
                + "and project_id in (" + projects + ")");
        long links = count("select count(*) from jira_issue_link where tenant_id = '" + tenant + "' and deleted_at is null");
        long siteLinks = count("select count(*) from sandbox_issue_link");
        line("  program %s; mirrored %,d issues of its projects (site %,d) and %,d links (site %,d): %s", program,
                mirrored, site.issues(), links, siteLinks,
                mirrored == site.issues() && links == siteLinks ? "complete" : "INCOMPLETE");
        line("  backfill: %.1f s = %,.0f issues/s (CPU s until the poll saw it: app %.1f, postgres %.1f, driver %.1f)",
                seconds, site.issues() / seconds, u.app(), u.postgres(), u.driver());
        if (STATEMENTS) {
            statements();
        }
        WebhookLoadDriver.Cpu rollupCpu = WebhookLoadDriver.Cpu.start(app.pid());
        int left = rollupsLeft();
        awaitRollupsDrained(Duration.ofHours(2));
        WebhookLoadDriver.Cpu.Usage r = rollupCpu.stop();
        line("  rollup queue drained %.1f s after the program was created (%,d marks left when the backfill finished; "
                        + "CPU s after it: app %.1f, postgres %.1f)", (System.currentTimeMillis() - startMillis) / 1e3,
                left, r.app(), r.postgres());
        line("  then %,d keystone.rollup entity property writes queued for Jira, %,d marks (written at the tenant's "
                + "keystone.jira.requests-per-second after the backfill; not waited for)",
                count("select count(distinct issue_id) from issue_property_outbox where tenant_id = '" + tenant + "'"),
                count("select count(*) from issue_property_outbox where tenant_id = '" + tenant + "'"));
        return seconds;
    }

    /** The statements that took the most time in PostgreSQL during the backfill (all sessions, the app's included). */
    private void statements() throws Exception {
        line("  PostgreSQL statements by total time during the backfill (pg_stat_statements):");
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
                select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') from pg_stat_statements
                order by total_exec_time desc limit 20""")) {
            while (rs.next()) {
                String q = rs.getString(4);
                line("    %8.0f ms %,9d calls %,9d rows  %s", rs.getDouble(2), rs.getLong(1), rs.getLong(3),
                        q.length() > 150 ? q.substring(0, 150) + "…" : q);
            }
        }
    }

    private UUID installedTenant() {
        MirrorProbe.await(() -> {
            try {
                return count("select count(*) from tenant t join sandbox_site s on s.client_key = t.client_key "
                        + "where t.installed and s.shared_secret is not null") == 1;
            } catch (Exception e) {
                return false; // the tables appear while the app starts
            }
        }, Duration.ofMinutes(2), "the sandbox to install Keystone");
        return UUID.fromString(single("select t.id from tenant t join sandbox_site s on s.client_key = t.client_key"));
    }

    private void awaitBackfilled(Duration timeout) {
        MirrorProbe.await(() -> count("select count(*) from jira_backfill where tenant_id = '" + tenant
                + "' and state = 'done'") == count("select count(*) from sandbox_project"), timeout, "the demo backfill");
    }

    private void awaitRollupsDrained(Duration timeout) {
        MirrorProbe.await(() -> rollupsLeft() == 0, timeout, "the rollup queue to drain");
    }

    private int rollupsLeft() {
        return (int) count("select (select count(*) from rollup_dirty where tenant_id = '" + tenant + "') + "
                + "(select count(*) from rollup_program_dirty where tenant_id = '" + tenant + "')");
    }

    private String createProgram(List<String> keys) throws Exception {
        Map<String, Object> body = Map.of("name", "Generated site", "projectKeys", keys,
                "targetDate", LocalDate.now(ZoneOffset.UTC).plusDays(120).toString());
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/api/programs"))
                .header("Authorization", "JWT " + contextToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("program create failed: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).path("id").asText();
    }

    private HttpResponse<String> api(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
                .timeout(Duration.ofMinutes(1)).header("Authorization", "JWT " + contextToken())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What AP.context.getToken() hands Keystone's admin page for the site's Jira administrator. */
    private String contextToken() throws Exception {
        long now = System.currentTimeMillis();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(single("select client_key from sandbox_site where id = 1"))
                .subject(DemoUsers.accountId(DemoUsers.ADMIN)).issueTime(new Date(now))
                .expirationTime(new Date(now + 180_000)).claim("qsh", "context-qsh").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(single("select shared_secret from sandbox_site where id = 1")
                .getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private String siteUrl() {
        return "http://localhost:" + app.port + "/sandbox/jira";
    }

    private FieldIds fieldIds() throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("""
                select coalesce(story_points_override, story_points_field), flagged_field, start_date_field
                from jira_field_config where tenant_id = ?""")) {
            st.setObject(1, tenant);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new FieldIds(rs.getString(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    /** In the order the backfill takes them (jira_backfill by project key). */
    private List<String> projectKeys(List<Long> ids) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select key from sandbox_project where id in (" + ids.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).orElseThrow() + ") order by key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private String levels() throws Exception {
        List<String> parts = new ArrayList<>();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("""
                select t.hierarchy_level, count(*) from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id
                group by 1 order by 1 desc""")) {
            while (rs.next()) {
                parts.add(String.format("level %d: %,d", rs.getInt(1), rs.getLong(2)));
            }
        }
        return String.join(", ", parts);
    }

    private long count(String sql) {
        return Long.parseLong(single(sql));
    }

    private String single(String sql) {
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }
}
