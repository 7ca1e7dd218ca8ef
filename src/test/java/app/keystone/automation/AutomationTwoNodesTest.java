package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.KeystoneApplication;
import app.keystone.sandbox.auth.JiraTokens;
import app.keystone.sandbox.data.Catalog;
import app.keystone.support.MirrorProbe;
import app.keystone.support.SiteHistory;
import app.keystone.support.WebhookSender;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two Keystone nodes on one database — this sandbox context and a second application context on a random port, started
 * as TwoNodesTest starts one — both receiving webhooks and both running automation workers. Every done transition is
 * delivered to both nodes at once, each node also gets Jira's retry of it and the same change under a new identifier,
 * and the site's own delivery follows: each transition e-mails its Informed exactly once, with one ACTED run.
 */
class AutomationTwoNodesTest extends AutomationSandboxSupport {

    private static final int ISSUES = 20;

    @Autowired
    Environment env;

    @Test
    void eachTransitionDeliveredToBothNodesInformsOnce() throws Exception {
        String project = project();
        long epic = create(project, "Epic", "Launch", null);
        Response raci = put("issue/" + epic, body("A|" + PRIYA, "R|" + TOMAS, "I|" + AISHA));
        assertThat(raci.status()).as(raci.body()).isEqualTo(200);
        List<Long> stories = new ArrayList<>();
        for (int i = 1; i <= ISSUES; i++) {
            stories.add(create(project, "Story", "Launch step " + i, epic));
        }
        enable("done-inform", false, "{}");

        try (ConfigurableApplicationContext second = secondNode()) {
            int secondPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
            assertThat(secondPort).isNotEqualTo(port());
            List<SiteHistory.Event> hooks = doneWebhooks(stories);
            List<SiteHistory.Event> replays = hooks.stream().map(e -> new SiteHistory.Event(e.hook(), e.body(),
                    UUID.randomUUID().toString(), e.issueId(), e.updatedMillis())).toList();

            HttpClient http = WebhookSender.client();
            UnaryOperator<String> site = siteSigner();
            ExecutorService jira = Executors.newFixedThreadPool(6);
            try {
                List<Future<Map<SiteHistory.Event, Integer>>> sent = new ArrayList<>();
                for (int node : List.of(port(), secondPort)) {
                    WebhookSender sender = new WebhookSender(http, node, site);
                    sent.add(jira.submit(() -> sender.burst(hooks, 0, 4, n -> { })));
                    sent.add(jira.submit(() -> sender.burst(hooks, 1, 4, n -> { }))); // Jira's retry of each
                    sent.add(jira.submit(() -> sender.burst(replays, 0, 4, n -> { })));
                }
                for (Future<Map<SiteHistory.Event, Integer>> f : sent) {
                    assertThat(f.get().values()).hasSize(hooks.size()).containsOnly(204);
                }
            } finally {
                jira.shutdown();
            }
            // the site's own delivery of the same webhooks, late, to the first node
            webhooks.resume();
            assertThat(webhooks.awaitIdle(Duration.ofSeconds(60))).isTrue();
            MirrorProbe.await(() -> new MirrorProbe(db).pending(tenant) == 0, Duration.ofSeconds(60), "inbox drained");
            MirrorProbe.await(() -> doneInformRuns(stories) >= ISSUES, Duration.ofSeconds(60), ISSUES + " runs");
            awaitQuiet(); // every trigger the deliveries queued, on either node, has run or was dropped as a duplicate
        } finally {
            webhooks.resume();
        }

        List<Map<String, Object>> runs = db.sql("""
                select issue_id, outcome, count(*) as n from automation_run
                where tenant_id = ? and rule_key = 'done-inform' and issue_id = any(?) group by issue_id, outcome""")
                .param(tenant).param(stories.toArray(Long[]::new)).query().listOfRows();
        assertThat(runs).as("one run per transition: %s", runs).hasSize(ISSUES)
                .allSatisfy(r -> assertThat(r).containsEntry("outcome", "ACTED").containsEntry("n", 1L));
        for (long story : stories) {
            assertThat(notifications(key(story))).as("e-mails about %s", key(story)).singleElement()
                    .satisfies(to -> assertThat(to).containsExactly(AISHA));
        }
    }

    /** Another Keystone on this database: receives webhooks, applies them, runs rules; this node keeps the sync. */
    private ConfigurableApplicationContext secondNode() {
        // command-line arguments, because SpringApplicationBuilder.properties() would lose to application.yml; a
        // datasource URL means no embedded PostgreSQL of its own; no sandbox profile: its Jira is this node's site
        return new SpringApplicationBuilder(KeystoneApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password"),
                "--atlassian.connect.public-key-base-url=http://localhost:" + port() + "/sandbox/keys",
                "--keystone.sync.enabled=false",
                "--keystone.pipeline.retry-base-ms=50", "--keystone.pipeline.max-attempts=3",
                "--keystone.automation.workers=2");
    }

    /**
     * Moves the stories to done in the site with its delivery paused, and returns the webhooks that queued (one
     * issue-updated per story), leaving delivery paused: the test sends them itself.
     */
    private List<SiteHistory.Event> doneWebhooks(List<Long> stories) {
        assertThat(webhooks.awaitIdle(Duration.ofSeconds(30))).isTrue();
        long mark = db.sql("select coalesce(max(id), 0) from sandbox_webhook_delivery").query(Long.class).single();
        webhooks.pause();
        for (long story : stories) {
            Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(story),
                    json().put("statusId", Long.toString(Catalog.DONE)).put("actor", PRIYA).toString(), null);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
        List<SiteHistory.Event> hooks = db.sql("""
                select substring(url from '/webhooks/(.*)'), payload, identifier from sandbox_webhook_delivery
                where id > ? order by id""").param(mark)
                .query((rs, n) -> new SiteHistory.Event(rs.getString(1), rs.getString(2), rs.getString(3), 0, 0))
                .list();
        assertThat(hooks).extracting(SiteHistory.Event::hook).hasSize(ISSUES).containsOnly("issue-updated");
        return hooks;
    }

    /** Signs as the sandbox's site does toward Keystone: HS256 with its shared secret, qsh over POST and the path. */
    private UnaryOperator<String> siteSigner() {
        String secret = sharedSecret();
        String clientKey = db.sql("select client_key from sandbox_site").query(String.class).single();
        JiraTokens tokens = new JiraTokens(Clock.systemUTC());
        return path -> tokens.requestToken(secret, clientKey, "POST", path, null);
    }

    private int doneInformRuns(List<Long> stories) {
        return db.sql("select count(*) from automation_run where tenant_id = ? and rule_key = 'done-inform' "
                + "and issue_id = any(?)").param(tenant).param(stories.toArray(Long[]::new)).query(Integer.class)
                .single();
    }
}
