package app.keystone.sandbox.hooks;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The webhook side of the site as tests and the shell see it: the unreliability switches, where deliveries go,
 * the deliveries made so far, and a way to wait until the outbox is drained. State lives in memory: switches
 * are a test or demo setting, not site data, and start reliable on every start.
 */
@Component
@SandboxProfile
public class SandboxWebhooks {

    private static final int RECENT = 500;

    private final JdbcClient db;
    private final SandboxSite site;
    private final String configuredTarget;
    private final int maxRetries;
    private final AtomicReference<WebhookSwitches> switches = new AtomicReference<>(WebhookSwitches.DEFAULT);
    private final AtomicReference<String> targetOverride = new AtomicReference<>();
    private final Deque<Delivery> recent = new ArrayDeque<>();
    private final Object signal = new Object();
    private volatile boolean paused;
    private volatile boolean busy;

    SandboxWebhooks(JdbcClient db, SandboxSite site,
                    @Value("${keystone.sandbox.webhook-target-url:}") String configuredTarget,
                    @Value("${keystone.sandbox.webhook-max-retries:5}") int maxRetries) {
        this.db = db;
        this.site = site;
        this.configuredTarget = configuredTarget;
        this.maxRetries = maxRetries;
    }

    public WebhookSwitches switches() {
        return switches.get();
    }

    public void switches(WebhookSwitches value) {
        switches.set(value);
        wake();
    }

    /** Back to reliable delivery to Keystone, running: what every test should leave behind. */
    public void reset() {
        switches.set(WebhookSwitches.DEFAULT);
        targetOverride.set(null);
        paused = false;
        wake();
    }

    /**
     * The base URL deliveries go to (the descriptor's webhook url is appended): a test's override, else
     * {@code keystone.sandbox.webhook-target-url}, else Keystone itself.
     */
    public String targetBaseUrl() {
        String override = targetOverride.get();
        if (override != null) {
            return override;
        }
        return configuredTarget.isBlank() ? site.appUrl() : configuredTarget;
    }

    /** Sends later deliveries (retries included) to {@code baseUrl}; null restores the default. */
    public void overrideTarget(String baseUrl) {
        targetOverride.set(baseUrl);
    }

    public int maxRetries() {
        return maxRetries;
    }

    /** Holds deliveries (events still queue up), e.g. so a test can fill one batch before reordering it. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
        wake();
    }

    boolean paused() {
        return paused;
    }

    void busy(boolean value) {
        busy = value;
    }

    /**
     * Waits until no delivery is pending (retries still scheduled count as pending) and none is in flight.
     * @return false if {@code timeout} passed first
     */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!busy && pendingCount() == 0 && !busy) {
                return true;
            }
            sleep(25);
        }
        return false;
    }

    public int pendingCount() {
        return db.sql("select count(*) from sandbox_webhook_delivery where state = 'pending'")
                .query(Integer.class).single();
    }

    /** HTTP attempts made since start, oldest first (at most the last 500). */
    public List<Delivery> deliveries() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Outbox rows, newest first, as the shell lists them ({@code created} as an ISO instant). */
    public List<Map<String, Object>> outbox(int limit) {
        return db.sql("""
                select id::text as id, identifier, event, subject, flow, attempts, last_status as "lastStatus", state,
                       to_char(created at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created
                from sandbox_webhook_delivery order by id desc limit :limit""")
                .param("limit", Math.max(1, Math.min(500, limit))).query().listOfRows();
    }

    void record(Delivery d) {
        synchronized (recent) {
            recent.addLast(d);
            while (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
    }

    /** Tells the worker there may be work (after a commit, a switch change, a resume). */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    void awaitWork(long ms) throws InterruptedException {
        synchronized (signal) {
            signal.wait(ms);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
