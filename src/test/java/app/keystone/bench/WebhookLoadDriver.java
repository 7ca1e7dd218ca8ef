package app.keystone.bench;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.KeyServer;
import app.keystone.support.KeystoneProcess;
import app.keystone.support.SiteHistory;
import app.keystone.support.WebhookSender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Load driver for the webhook pipeline (issue 4). Starts PostgreSQL (zonky, like Keystone's embedded one) and Keystone
 * as a separate JVM on it, installs generated sites and sends their histories open-loop at a target rate, each request
 * signed like Jira's (HS256, qsh). Reports accepted events/s, ack latency, freshness (send → a JDBC poll first sees the
 * issue at that version), events lost (expected final mirror vs actual) and, as the reference, PostgreSQL's own
 * autocommit single-row insert rate on the same server. Run: {@code mvn -Pbench -Dfrontend.skip=true test}.
 * Settings are system properties (bench.*), see {@link #main}.
 */
public final class WebhookLoadDriver {

    private static final int ISSUES = Integer.getInteger("bench.issues", 2000);
    private static final int MAX_RATE = Integer.getInteger("bench.max-rate", 2500);
    private static final int FRESH_RATE = Integer.getInteger("bench.fresh-rate", 500);
    /** In-flight requests allowed (Jira's delivery concurrency toward one app is bounded too). */
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);
    /** Threads of the reference insert loop: Keystone's Hikari pool size, the most statements it can run at once. */
    private static final int DB_THREADS = Integer.getInteger("bench.db-threads", 10);
    private static final boolean FSYNC = Boolean.parseBoolean(System.getProperty("bench.fsync", "true"));
    private static final String APP_ARGS = System.getProperty("bench.app-args", "");
    private static final String APP_JVM = System.getProperty("bench.app-jvm", "-Xmx1g -XX:+UseParallelGC")
            + " " + System.getProperty("bench.app-jvm-extra", "");

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        if (!"webhook".equals(System.getProperty("bench.which", "webhook"))) {
            return; // the bench profile runs both drivers' executions; -Dbench.which picks one
        }
        new WebhookLoadDriver().run();
        System.exit(0);
    }

    private void run() throws Exception {
        Path out = Path.of("target", "bench");
        Files.createDirectories(out);
        // Keystone's persistent embedded DB runs with fsync on; a throw-away one (tests) with it off
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("fsync", FSYNC ? "on" : "off").start()) {
            DataSource ds = pg.getPostgresDatabase();
            try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                Cpu.postmaster = Long.parseLong(Files.readAllLines(Path.of(rs.getString(1), "postmaster.pid")).get(0).trim());
            }
            Map<String, String> props = new java.util.LinkedHashMap<>(Map.of(
                    "atlassian.connect.public-key-base-url", KeyServer.shared().baseUrl(),
                    "keystone.sync.enabled", "false"));
            KeystoneProcess.withArgs(props, APP_ARGS);
            List<String> jvm = new ArrayList<>(Arrays.asList(APP_JVM.trim().split("\\s+")));
            KeystoneProcess app = KeystoneProcess.start(pg.getJdbcUrl("postgres", "postgres"), props, jvm,
                    out.resolve("keystone.log")).awaitUp(Duration.ofSeconds(120));
            line("Keystone webhook load benchmark — %s", ZonedDateTime.now());
            line("machine: %d CPUs (%s), %s; app, PostgreSQL 17 (zonky, fsync=%s) and driver on this machine",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.vm.name")
                    + " " + System.getProperty("java.version"), FSYNC ? "on" : "off");
            line("app: separate JVM %s, pid %d, args %s", jvm, app.pid(), props.keySet().stream()
                    .filter(k -> k.startsWith("keystone.pipeline") || k.startsWith("spring.datasource.hikari")
                            || k.startsWith("server.tomcat")).map(k -> k + "=" + props.get(k)).toList());
            line("driver: open loop, at most %d requests in flight, each path's HS256 token re-used for 60 s (Jira's signing cost is not Keystone's)", CONCURRENCY);

            HttpClient http = WebhookSender.client();
            warmUp(http, app.port, ds);
            SiteHistory sample = SiteHistory.generate("ref", 10, 1, 0, 1);
            double reference = referenceInsertRate(ds, sample.events.get(sample.events.size() - 1).body());
            line("");
            line("reference: PostgreSQL autocommit single-row inserts (jsonb payload of %d bytes, pk (uuid, text)), "
                    + "%d JDBC threads: %.0f rows/s", sample.events.get(sample.events.size() - 1).body().length(),
                    DB_THREADS, reference);

            SiteHistory floorHistory = SiteHistory.generate("floor", ISSUES, 8, 1500, 1);
            double bare = floor("bare", http, jvm, floorHistory, null);
            double insert = floor("insert", http, jvm, floorHistory, pg.getJdbcUrl("postgres", "postgres"));

            Result max = load("max-throughput", http, app, ds, SiteHistory.generate("max", ISSUES, 8, 1500, 1), MAX_RATE);
            Result fresh = load("freshness", http, app, ds, SiteHistory.generate("fresh", ISSUES, 3, 1000, 2), FRESH_RATE);
            line("");
            line("goals: accepted ≥2000/s with ack p99 ≤50 ms: %s (%.0f/s, p99 %.1f ms); freshness p95 ≤1 s at 500/s: %s (%.0f ms); "
                    + "0 lost: %s (%d + %d); ingest ≥0.5× reference: %s (%.2f×)",
                    max.accepted >= 2000 && max.ackP99 <= 50 ? "met" : "MISSED", max.accepted, max.ackP99,
                    fresh.freshP95 <= 1000 ? "met" : "MISSED", fresh.freshP95,
                    max.lost + fresh.lost == 0 ? "met" : "MISSED", max.lost, fresh.lost,
                    max.accepted / reference >= 0.5 ? "met" : "MISSED", max.accepted / reference);
            line("beside the floors: Keystone accepted %.2f× the bare receiver's rate and %.2f× the inserting one's; "
                    + "the inserting floor itself reached %.2f× the reference", max.accepted / bare, max.accepted / insert,
                    insert / reference);
            if (APP_JVM.contains("StartFlightRecording")) {
                // the app dies by SIGKILL below, which would leave the recording empty: dump it first
                new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(app.pid()), "JFR.dump", "filename=" + out.resolve("keystone.jfr").toAbsolutePath())
                        .inheritIO().start().waitFor();
            }
            app.kill();
        }
        Files.writeString(out.resolve("webhook-load.txt"), report);
        System.out.println("written to target/bench/webhook-load.txt");
    }

    record Result(double accepted, double ackP99, double freshP95, int lost) {
    }

    /** A small site first, so the JIT and connection pools are warm when measuring. */
    private void warmUp(HttpClient http, int port, DataSource ds) throws Exception {
        FakeJiraSite site = new FakeJiraSite("warmup", KeyServer.shared());
        WebhookSender sender = new WebhookSender(http, port, site).reusingTokens();
        sender.install();
        SiteHistory h = SiteHistory.generate("warm", 500, 4, 300, 3);
        sender.burst(h.events, 0, CONCURRENCY, n -> { });
        awaitDrained(ds, tenant(ds, site.clientKey), Duration.ofSeconds(120));
    }

    private Result load(String name, HttpClient http, KeystoneProcess app, DataSource ds, SiteHistory h, int rate)
            throws Exception {
        FakeJiraSite site = new FakeJiraSite(name, KeyServer.shared());
        WebhookSender sender = new WebhookSender(http, app.port, site).reusingTokens();
        sender.install();
        UUID tenant = tenant(ds, site.clientKey);
        int n = h.events.size();
        Freshness freshness = new Freshness(ds, tenant, h);
        Thread poller = new Thread(freshness, "freshness-poller");
        poller.start();
        Cpu cpu = Cpu.start(app.pid());

        Sent sent = schedule(sender, h.events, rate, freshness::sent);
        long[] sentAt = sent.sentAt;
        long[] ackNanos = sent.ackNanos;
        long[] lateNanos = sent.lateNanos;
        int[] status = sent.status;
        long sendEnd = sent.sendEnd;
        long ackedAll = sent.ackedAll;
        long drained = awaitDrained(ds, tenant, Duration.ofSeconds(300));
        freshness.finish();
        poller.join();
        Cpu.Usage usage = cpu.stop();

        int accepted = (int) Arrays.stream(status).filter(s -> s / 100 == 2).count();
        double acceptedRate = accepted / ((ackedAll - sentAt[0]) / 1e9);
        double appliedRate = n / ((drained - sentAt[0]) / 1e9);
        List<String> diff;
        try (Connection c = ds.getConnection()) {
            diff = h.differences(c, tenant);
        }
        int stored = count(ds, "select count(*) from jira_webhook_delivery where tenant_id = ?", tenant);
        double[] fresh = freshness.percentiles();
        line("");
        line("run %s: %d events (%d issues, links, deletes) at target %d/s; sending took %.1f s (offered %.0f/s)",
                name, n, ISSUES, rate, (sendEnd - sentAt[0]) / 1e9, n / ((sendEnd - sentAt[0]) / 1e9));
        line("  accepted: %d of %d (non-2xx: %d%s), %.0f events/s", accepted, n, n - accepted,
                sender.lastFailure == null ? "" : ", last " + sender.lastFailure, acceptedRate);
        line("  ack latency (request sent → answer): p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                pct(ackNanos, 50), pct(ackNanos, 99), pct(ackNanos, 100));
        line("  ack latency from the scheduled send time (includes waiting for a free slot): p99 %.1f ms",
                pct(lateNanos, 99));
        line("  applied: inbox drained %.1f s after the first send → %.0f events/s end to end",
                (drained - sentAt[0]) / 1e9, appliedRate);
        line("  freshness (issue events, sent → JDBC poll sees that version; poll every %d ms): p50 %.0f ms, p95 %.0f ms, "
                + "max %.0f ms, %d of %d observed", Freshness.POLL_MS, fresh[0], fresh[1], fresh[2], (int) fresh[3],
                freshness.expected());
        line("  lost: %d (mirror rows differing from the expected final state; stored deliveries %d of %d)%s",
                diff.size(), stored, n, diff.isEmpty() ? "" : " e.g. " + diff.get(0));
        line("  CPU seconds during the run: keystone %.1f, postgres %.1f, driver %.1f (wall %.1f s, %d cores)",
                usage.app(), usage.postgres(), usage.driver(), usage.wall(), Runtime.getRuntime().availableProcessors());
        return new Result(acceptedRate, pct(ackNanos, 99), fresh[1], diff.size() + (n - stored));
    }

    /** What one open-loop send of a history recorded, per event (nanoTime). */
    record Sent(long[] sentAt, long[] ackNanos, long[] lateNanos, int[] status, long sendEnd, long ackedAll) {
        double acceptedRate() {
            long accepted = Arrays.stream(status).filter(s -> s / 100 == 2).count();
            return accepted / ((ackedAll - sentAt[0]) / 1e9);
        }
    }

    /**
     * Sends the events open loop on a fixed schedule at {@code rate}, at most {@link #CONCURRENCY} in flight; latency
     * is also taken from each event's scheduled time, so a backlog shows (no coordinated omission).
     */
    private static Sent schedule(WebhookSender sender, List<SiteHistory.Event> events, int rate,
                                 java.util.function.ObjLongConsumer<SiteHistory.Event> onSend) throws InterruptedException {
        int n = events.size();
        long[] sentAt = new long[n];
        long[] ackNanos = new long[n];
        long[] lateNanos = new long[n];
        int[] status = new int[n];
        Semaphore slots = new Semaphore(CONCURRENCY);
        CountDownLatch done = new CountDownLatch(n);
        long[] lastAck = new long[1];
        long start = System.nanoTime() + 50_000_000;
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                LockSupport.parkNanos(due - System.nanoTime());
            }
            slots.acquireUninterruptibly();
            SiteHistory.Event e = events.get(i);
            int index = i;
            long sent = System.nanoTime();
            sentAt[i] = sent;
            onSend.accept(e, sent);
            sender.send(e, 0).thenAccept(s -> {
                long now = System.nanoTime();
                status[index] = s;
                ackNanos[index] = now - sent;
                lateNanos[index] = now - due;
                synchronized (lastAck) {
                    lastAck[0] = Math.max(lastAck[0], now);
                }
                slots.release();
                done.countDown();
            });
        }
        long sendEnd = System.nanoTime();
        done.await();
        synchronized (lastAck) {
            return new Sent(sentAt, ackNanos, lateNanos, status, sendEnd, lastAck[0]);
        }
    }

    /**
     * The machine's floor: the max-throughput history sent the same way to {@link NullReceiver} (bare Tomcat, or bare
     * Tomcat plus one insert per delivery) in its own JVM with Keystone's JVM options, while Keystone idles.
     */
    private double floor(String name, HttpClient http, List<String> jvm, SiteHistory h, String jdbcUrl) throws Exception {
        List<String> options = new ArrayList<>(jvm);
        options.removeIf(o -> o.contains("FlightRecording"));
        KeystoneProcess receiver = KeystoneProcess.startMain(NullReceiver.class.getName(),
                jdbcUrl == null ? List.of() : List.of("--jdbc=" + jdbcUrl), options,
                Path.of("target", "bench", "null-receiver.log")).awaitUp(Duration.ofSeconds(60));
        try {
            WebhookSender sender = new WebhookSender(http, receiver.port, new FakeJiraSite(name, KeyServer.shared()))
                    .reusingTokens();
            schedule(sender, h.events.subList(0, Math.min(2000, h.events.size())), MAX_RATE, (e, t) -> { }); // warm-up
            Cpu cpu = Cpu.start(receiver.pid());
            Sent sent = schedule(sender, h.events, MAX_RATE, (e, t) -> { });
            Cpu.Usage usage = cpu.stop();
            int n = h.events.size();
            line("");
            line("floor %s: the same %d events at target %d/s to a bare Tomcat receiver%s (own JVM)", name, n, MAX_RATE,
                    jdbcUrl == null ? "" : " storing each body with one autocommit insert");
            line("  accepted %.0f events/s; ack p50 %.1f ms, p99 %.1f ms; from schedule p99 %.1f ms", sent.acceptedRate(),
                    pct(sent.ackNanos, 50), pct(sent.ackNanos, 99), pct(sent.lateNanos, 99));
            line("  CPU per event: receiver %.2f ms, postgres %.2f ms, driver %.2f ms (wall %.1f s)",
                    usage.app() * 1000 / n, Math.max(0, usage.postgres()) * 1000 / n, usage.driver() * 1000 / n,
                    usage.wall()); // PostgreSQL's sum can dip below 0: a backend that exits takes its CPU time along
            return sent.acceptedRate();
        } finally {
            receiver.kill();
        }
    }

    private double referenceInsertRate(DataSource ds, String payload) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("""
                    create table bench_insert_reference (tenant_id uuid not null, webhook_id varchar(255) not null,
                      event varchar(64) not null, payload jsonb not null, received_at timestamptz not null default now(),
                      primary key (tenant_id, webhook_id))""");
        }
        UUID tenant = UUID.randomUUID();
        AtomicInteger rows = new AtomicInteger();
        long end = System.nanoTime() + 10_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < DB_THREADS; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                        "insert into bench_insert_reference (tenant_id, webhook_id, event, payload) values (?, ?, ?, cast(? as jsonb))")) {
                    c.setAutoCommit(true);
                    for (int i = 0; System.nanoTime() < end; i++) {
                        st.setObject(1, tenant);
                        st.setString(2, "ref-" + thread + "-" + i);
                        st.setString(3, "jira:issue_updated");
                        st.setString(4, payload);
                        st.executeUpdate();
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            threads.add(worker);
        }
        long begin = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        return rows.get() / ((System.nanoTime() - begin) / 1e9);
    }

    static long awaitDrained(DataSource ds, UUID tenant, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(ds, "select count(*) from jira_webhook_delivery where tenant_id = ? and state = 'pending'", tenant) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("inbox did not drain within " + timeout);
            }
            Thread.sleep(20);
        }
        return System.nanoTime();
    }

    static UUID tenant(DataSource ds, String clientKey) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("select id from tenant where client_key = ?")) {
            st.setString(1, clientKey);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    static int count(DataSource ds, String sql, UUID tenant) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setObject(1, tenant);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static double pct(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        report.append(s).append('\n');
    }

    /** CPU time of Keystone's JVM, the PostgreSQL server (postmaster and its backends) and this driver, from /proc. */
    record Cpu(long appPid, double app0, double pg0, double driver0, long wall0) {
        record Usage(double app, double postgres, double driver, double wall) {
        }

        static Cpu start(long appPid) {
            return new Cpu(appPid, seconds(appPid), postgres(), driver(), System.nanoTime());
        }

        Usage stop() {
            return new Usage(seconds(appPid) - app0, postgres() - pg0, driver() - driver0, (System.nanoTime() - wall0) / 1e9);
        }

        static double driver() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
        }

        /** Our PostgreSQL: the postmaster (named by postmaster.pid in its data directory) and its backends. */
        static volatile long postmaster;

        static double postgres() {
            try (var dirs = Files.list(Path.of("/proc"))) {
                return dirs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit))
                        .mapToLong(d -> Long.parseLong(d.getFileName().toString()))
                        .filter(pid -> pid == postmaster || ProcessHandle.of(pid).flatMap(ProcessHandle::parent)
                                .map(ProcessHandle::pid).orElse(-1L) == postmaster)
                        .mapToDouble(Cpu::seconds).sum();
            } catch (IOException e) {
                return 0;
            }
        }

        static double seconds(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
