package app.keystone.jira.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.KeyServer;
import app.keystone.support.KeystoneProcess;
import app.keystone.support.MirrorProbe;
import app.keystone.support.SiteHistory;
import app.keystone.support.WebhookSender;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Keystone JVM killed with SIGKILL in the middle of a burst: every event it acknowledged is in the database, every
 * one it did not is re-sent by "Jira" to the replacement node, and the mirror ends complete with each event applied once.
 */
class KillNineTest {

    private static final KeyServer KEYS = KeyServer.shared();
    private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    @Test
    void aKilledNodeLosesNothingOnceJiraRetries() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Map<String, String> props = Map.of("atlassian.connect.public-key-base-url", KEYS.baseUrl(),
                    "keystone.sync.enabled", "false");
            Path log = Path.of("target", "kill-nine-keystone.log");
            KeystoneProcess first = KeystoneProcess.start(url, props, JVM, log).awaitUp(Duration.ofSeconds(60));
            KeystoneProcess second = null;
            try {
                HttpClient http = WebhookSender.client();
                FakeJiraSite site = new FakeJiraSite("killnine", KEYS);
                new WebhookSender(http, first.port, site).install();
                SiteHistory history = SiteHistory.generate("k9", 300, 3, 150, 9);

                CountDownLatch someAcked = new CountDownLatch(1);
                var burst = CompletableFuture.supplyAsync(() -> new WebhookSender(http, first.port, site)
                        .burst(history.events, 0, 16, n -> { if (n == 300) someAcked.countDown(); }));
                assertThat(someAcked.await(60, TimeUnit.SECONDS)).isTrue();
                first.kill();
                Map<SiteHistory.Event, Integer> status = burst.get(60, TimeUnit.SECONDS);
                assertThat(status.values()).as("the kill happened mid-burst").contains(-1).contains(204);

                second = KeystoneProcess.start(url, props, JVM, log).awaitUp(Duration.ofSeconds(60));
                new WebhookSender(http, second.port, site).redeliverUntilAcknowledged(status, Duration.ofSeconds(30));

                JdbcClient db = JdbcClient.create(pg.getPostgresDatabase());
                UUID tenant = new MirrorProbe(db).tenantId(site.clientKey);
                MirrorProbe.await(() -> new MirrorProbe(db).pending(tenant) == 0, Duration.ofSeconds(30), "inbox to drain");
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    assertThat(history.differences(c, tenant)).as("lost or stale mirror rows").isEmpty();
                }
                assertThat(db.sql("select state || '/' || attempts || '/' || count(*) from jira_webhook_delivery "
                        + "where tenant_id = ? group by state, attempts").param(tenant).query(String.class).list())
                        .as("each stored once, applied once").containsExactly("done/1/" + history.events.size());
            } finally {
                first.kill();
                if (second != null) {
                    second.kill();
                }
            }
        }
    }
}
