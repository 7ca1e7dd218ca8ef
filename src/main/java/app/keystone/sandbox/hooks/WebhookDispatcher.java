package app.keystone.sandbox.hooks;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The delivery worker: one background thread that drains the outbox in id order. Due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} in a transaction that also records the outcome, so a second worker on the
 * same database (another test context) never sends a row twice. Starts once the server is ready: Keystone
 * answers on the same port.
 */
@Component
@SandboxProfile
class WebhookDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;
    private static final long IDLE_POLL_MS = 250;

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final SandboxSite site;
    private final SandboxWebhooks webhooks;
    private final WebhookSender sender = new WebhookSender();
    private volatile Thread worker;
    private volatile boolean running;

    WebhookDispatcher(JdbcClient db, PlatformTransactionManager transactions, SandboxSite site,
                      SandboxWebhooks webhooks) {
        this.db = db;
        this.tx = new TransactionTemplate(transactions);
        this.site = site;
        this.webhooks = webhooks;
    }

    private record Row(long id, String identifier, String event, String url, String payload, String flow,
                       int attempts) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!running) {
            return;
        }
        Thread t = new Thread(this::loop, "sandbox-webhooks");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
            try {
                t.join(WebhookSender.TIMEOUT.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                int handled = webhooks.paused() ? 0 : drainOnce();
                if (handled == 0) {
                    webhooks.awaitWork(IDLE_POLL_MS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // e.g. the database going away at shutdown; never let the worker die
                if (running) {
                    log.warn("Sandbox webhook delivery failed: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
    }

    /** Sends every due delivery once; @return how many rows were handled */
    int drainOnce() {
        Optional<String> secret = site.sharedSecret();
        if (secret.isEmpty()) {
            return 0; // nothing is installed yet: Jira has no app to send to
        }
        String clientKey = site.clientKey();
        webhooks.busy(true);
        try {
            Integer handled = tx.execute(status -> {
                List<Row> rows = new ArrayList<>(db.sql("""
                        select id, identifier, event, url, payload, flow, attempts from sandbox_webhook_delivery
                        where state = 'pending' and next_attempt_at <= clock_timestamp()
                        order by id limit :batch for update skip locked""")
                        .param("batch", BATCH).query(Row.class).list());
                WebhookSwitches switches = webhooks.switches();
                if (switches.reorder()) {
                    Collections.shuffle(rows);
                }
                for (Row row : rows) {
                    handle(row, switches, secret.get(), clientKey);
                }
                return rows.size();
            });
            return handled == null ? 0 : handled;
        } finally {
            webhooks.busy(false);
        }
    }

    private void handle(Row row, WebhookSwitches switches, String secret, String clientKey) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (row.attempts() == 0 && random.nextDouble() < switches.dropShare()) {
            // Jira sometimes never sends an event at all, and then does not list it as failed either
            db.sql("update sandbox_webhook_delivery set state = 'dropped' where id = :id").param("id", row.id()).update();
            return;
        }
        String base = webhooks.targetBaseUrl();
        int status = attempt(row, base, row.attempts(), false, secret, clientKey);
        int attempts = row.attempts() + 1;
        if (status >= 200 && status < 300) {
            if (random.nextDouble() < switches.duplicateShare()) {
                // a plain re-send with the same identifier, as Jira does now and then
                attempt(row, base, 0, true, secret, clientKey);
                attempts++;
            }
            db.sql("""
                    update sandbox_webhook_delivery set state = 'delivered', delivered = true, attempts = :attempts,
                        last_status = :status, delivered_at = clock_timestamp(), target_url = :target where id = :id""")
                    .param("attempts", attempts).param("status", status).param("target", base + row.url())
                    .param("id", row.id()).update();
        } else if (WebhookSender.retryable(status) && row.attempts() < webhooks.maxRetries()) {
            long backoff = switches.retryBackoffMs() << Math.min(20, row.attempts());
            db.sql("""
                    update sandbox_webhook_delivery set attempts = :attempts, last_status = :status, target_url = :target,
                        next_attempt_at = clock_timestamp() + make_interval(secs => :backoff / 1000.0) where id = :id""")
                    .param("attempts", attempts).param("status", status == 0 ? null : status, Types.INTEGER)
                    .param("target", base + row.url()).param("backoff", backoff).param("id", row.id()).update();
        } else {
            db.sql("""
                    update sandbox_webhook_delivery set state = 'failed', attempts = :attempts, last_status = :status,
                        failed_at = date_trunc('milliseconds', clock_timestamp()), target_url = :target where id = :id""")
                    .param("attempts", attempts).param("status", status == 0 ? null : status, Types.INTEGER)
                    .param("target", base + row.url()).param("id", row.id()).update();
        }
    }

    private int attempt(Row row, String base, int retry, boolean duplicate, String secret, String clientKey) {
        int status = sender.send(base, row.url(), row.payload(), row.identifier(), row.flow(), retry, secret,
                clientKey);
        webhooks.record(new Delivery(row.id(), row.identifier(), row.event(), base + row.url(), retry, duplicate,
                status, Instant.now()));
        return status;
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
