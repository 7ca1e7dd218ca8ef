package app.keystone.jira.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.KeystoneApplication;
import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.MirrorProbe;
import app.keystone.support.SiteHistory;
import app.keystone.support.WebhookSender;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** Two Keystone nodes on one database: a burst split across both is applied once, by both nodes' workers. */
class TwoNodesTest extends IntegrationTest {

    @Autowired
    Environment env;
    @Autowired
    DataSource dataSource;

    @Test
    void twoNodesShareTheInboxAndApplyEachEventOnce() throws Exception {
        FakeJiraSite site = installed("twonodes");
        UUID tenant = new MirrorProbe(db).tenantId(site.clientKey);
        SiteHistory history = SiteHistory.generate("two", 200, 2, 100, 7);
        // command-line arguments, because SpringApplicationBuilder.properties() would lose to application.yml;
        // a datasource URL means the second node starts no embedded PostgreSQL of its own
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(KeystoneApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password"),
                "--atlassian.connect.public-key-base-url=" + KEYS.baseUrl(), "--keystone.sync.enabled=false")) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            assertThat(secondPort).isNotEqualTo(port);
            HttpClient http = WebhookSender.client();
            List<SiteHistory.Event> toFirst = new ArrayList<>();
            List<SiteHistory.Event> toSecond = new ArrayList<>();
            for (int i = 0; i < history.events.size(); i++) {
                (i % 2 == 0 ? toFirst : toSecond).add(history.events.get(i));
            }
            var first = CompletableFuture.supplyAsync(() -> new WebhookSender(http, port, site).burst(toFirst, 0, 8, n -> { }));
            var other = CompletableFuture.supplyAsync(() -> new WebhookSender(http, secondPort, site).burst(toSecond, 0, 8, n -> { }));
            assertThat(first.get().values()).containsOnly(204);
            assertThat(other.get().values()).containsOnly(204);

            MirrorProbe.await(() -> new MirrorProbe(db).pending(tenant) == 0, java.time.Duration.ofSeconds(40), "inbox to drain");
        }
        try (Connection c = dataSource.getConnection()) {
            assertThat(history.differences(c, tenant)).isEmpty();
        }
        List<Map<String, Object>> byNode = db.sql("""
                select processed_by, state, attempts, count(*) as n from jira_webhook_delivery where tenant_id = ?
                group by processed_by, state, attempts""").param(tenant).query().listOfRows();
        // other test contexts cached in this JVM poll the same database: they are nodes of the cluster too
        assertThat(byNode).as("work shared between nodes, each event applied once: %s", byNode)
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(row -> assertThat(row).containsEntry("state", "done").containsEntry("attempts", 1));
        assertThat(byNode.stream().mapToLong(r -> (Long) r.get("n")).sum()).isEqualTo(history.events.size());
    }
}
