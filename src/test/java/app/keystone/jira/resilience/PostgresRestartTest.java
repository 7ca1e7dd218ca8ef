package app.keystone.jira.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.KeystoneApplication;
import app.keystone.support.FakeJiraSite;
import app.keystone.support.KeyServer;
import app.keystone.support.KeystoneProcess;
import app.keystone.support.MirrorProbe;
import app.keystone.support.SiteHistory;
import app.keystone.support.WebhookSender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL stopped and started again in the middle of a burst: what Keystone could not store it answers with a 5xx
 * (never a 4xx, which Jira would not retry), the retries store it, and the workers resume on their own.
 */
class PostgresRestartTest {

    private static final KeyServer KEYS = KeyServer.shared();

    @Test
    void aDatabaseRestartMidBurstLosesNothing() throws Exception {
        Path dataDir = Files.createTempDirectory("keystone-pg-restart");
        int pgPort = KeystoneProcess.freePort();
        EmbeddedPostgres pg = postgres(dataDir, pgPort);
        String url = pg.getJdbcUrl("postgres", "postgres");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KeystoneApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                // without a database a request should fail in ~2 s with a 503, not hang for Hikari's default 30 s
                "--spring.datasource.hikari.connection-timeout=2000",
                "--atlassian.connect.public-key-base-url=" + KEYS.baseUrl(), "--keystone.sync.enabled=false")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            HttpClient http = WebhookSender.client();
            FakeJiraSite site = new FakeJiraSite("pgrestart", KEYS);
            WebhookSender jira = new WebhookSender(http, port, site);
            jira.install();
            SiteHistory history = SiteHistory.generate("pgr", 300, 3, 150, 11);

            CountDownLatch someAcked = new CountDownLatch(1);
            CountDownLatch someFailed = new CountDownLatch(1);
            var burst = CompletableFuture.supplyAsync(() -> jira.burst(history.events, 0, 8, n -> {
                if (n == 300) {
                    someAcked.countDown();
                }
            }));
            assertThat(someAcked.await(60, TimeUnit.SECONDS)).isTrue();
            pg.close();
            // keep it down until Keystone has turned deliveries away, so the outage really hit the burst
            var watcher = CompletableFuture.runAsync(() -> MirrorProbe.await(() -> burst.isDone()
                    || jira.burstFailures() > 0, Duration.ofSeconds(30), "a failed delivery"));
            watcher.get(40, TimeUnit.SECONDS);
            pg = postgres(dataDir, pgPort);
            Map<SiteHistory.Event, Integer> status = burst.get(60, TimeUnit.SECONDS);

            assertThat(status.values()).as("deliveries during the outage failed").anyMatch(s -> s != 204);
            assertThat(status.values()).as("what was not stored is a 503, so Jira retries it; last: %s", jira.lastFailure)
                    .allMatch(s -> s == 204 || s == 503);
            jira.redeliverUntilAcknowledged(status, Duration.ofSeconds(30));

            JdbcClient db = JdbcClient.create(pg.getPostgresDatabase());
            UUID tenant = new MirrorProbe(db).tenantId(site.clientKey);
            MirrorProbe.await(() -> new MirrorProbe(db).pending(tenant) == 0, Duration.ofSeconds(30), "workers to recover");
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                assertThat(history.differences(c, tenant)).as("lost or stale mirror rows").isEmpty();
            }
            assertThat(db.sql("select count(*) from jira_webhook_delivery where tenant_id = ? and state = 'done'")
                    .param(tenant).query(Integer.class).single()).isEqualTo(history.events.size());
        } finally {
            pg.close();
        }
    }

    private static EmbeddedPostgres postgres(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "100").start();
    }
}
