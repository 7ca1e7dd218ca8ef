package app.keystone.jira.webhook;

import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Group commit for the inbox: concurrent webhook requests hand their row to a few writer threads, each of which
 * stores everything waiting in one multi-row {@code INSERT … ON CONFLICT DO NOTHING} and one commit, then
 * releases the requests. A request still answers only after its row is committed (durable before the 2xx), but a
 * burst of 64 deliveries costs a handful of commits (WAL flushes) instead of 64 — the insert and commit were most of
 * PostgreSQL's share of intake (docs/benchmarks.md). A lone request is written at once: nothing waits for a batch
 * to fill.
 */
@Component
class InboxGroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxGroupCommit.class);
    /** A request waits at most this long for its commit before it answers 503 (Jira then retries it). */
    private static final long MAX_WAIT_MS = 10_000;

    record Row(TenantId tenant, String webhookId, WebhookEvent event, int retry, String payload, Instant eventTime) {
    }

    private record Pending(Row row, CompletableFuture<Boolean> stored) {
    }

    private final JdbcClient jdbc;
    private final BlockingQueue<Pending> queue;
    private final int writers;
    private final int maxBatch;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    InboxGroupCommit(JdbcClient jdbc, @Value("${keystone.pipeline.intake-writers:2}") int writers,
                     @Value("${keystone.pipeline.intake-batch:200}") int maxBatch) {
        this.jdbc = jdbc;
        this.writers = writers;
        this.maxBatch = maxBatch;
        this.queue = new ArrayBlockingQueue<>(Math.max(1_000, maxBatch * writers * 4));
    }

    /**
     * Stores the row and returns once it is committed.
     *
     * @return false when this delivery was already stored (a retry or a duplicate)
     * @throws DataAccessException when it could not be stored (the caller answers 503)
     */
    boolean store(Row row) {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        if (!running || !queue.offer(new Pending(row, stored))) {
            // stopping, or more waiting than the writers can commit in time: Jira's retry is the right answer
            throw new DataAccessResourceFailureException("the inbox is not accepting events right now");
        }
        try {
            return stored.get(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessResourceFailureException("interrupted while storing the event", e);
        } catch (TimeoutException e) {
            // the row may still be committed later: Jira's retry then finds it and is acknowledged as a duplicate
            throw new DataAccessResourceFailureException("the event was not committed in time", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DataAccessException dae) {
                throw dae;
            }
            throw new DataAccessResourceFailureException("the event could not be stored", e.getCause());
        }
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            Set<String> inserted = insert(batch);
            for (Pending p : batch) {
                p.stored().complete(inserted.remove(key(p.row().tenant().value(), p.row().webhookId())));
            }
        } catch (RuntimeException e) {
            if (batch.size() > 1) {
                // one row PostgreSQL refuses (e.g. a \u0000 that jsonb cannot hold) must not fail its neighbours
                for (Pending p : batch) {
                    write(List.of(p));
                }
                return;
            }
            log.warn("Could not store a webhook delivery; Jira will retry it: {}", e.toString());
            batch.get(0).stored().completeExceptionally(e);
        }
    }

    /** One statement, autocommit: the keys that were new (a key sent twice in one batch is new once). */
    private Set<String> insert(List<Pending> batch) {
        int n = batch.size();
        UUID[] tenants = new UUID[n];
        String[] ids = new String[n];
        String[] events = new String[n];
        Integer[] retries = new Integer[n];
        String[] payloads = new String[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            Row r = batch.get(i).row();
            tenants[i] = r.tenant().value();
            ids[i] = r.webhookId();
            events[i] = r.event().jiraName();
            retries[i] = r.retry();
            payloads[i] = r.payload();
            times[i] = Timestamp.from(r.eventTime());
        }
        Set<String> inserted = new HashSet<>();
        // seq (arrival order) follows the array order, which is the order the requests were queued
        jdbc.sql("""
                insert into jira_webhook_delivery (tenant_id, webhook_id, event, retry_count, payload, event_time)
                select t, w, e, r, cast(p as jsonb), ts
                from unnest(cast(:tenants as uuid[]), cast(:ids as text[]), cast(:events as text[]),
                            cast(:retries as int[]), cast(:payloads as text[]), cast(:times as timestamptz[]))
                     with ordinality as x(t, w, e, r, p, ts, ord)
                order by ord
                on conflict (tenant_id, webhook_id) do nothing
                returning tenant_id, webhook_id""")
                .param("tenants", tenants).param("ids", ids).param("events", events).param("retries", retries)
                .param("payloads", payloads).param("times", times)
                .query((rs, i) -> inserted.add(key(rs.getObject(1, UUID.class), rs.getString(2)))).list();
        return inserted;
    }

    private static String key(UUID tenant, String webhookId) {
        return tenant + "/" + webhookId;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(this::writeLoop, "inbox-writer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    @Override
    public void stop() {
        // requests still waiting are committed before the writers end: they were promised an answer
        running = false;
        for (Thread t : threads) {
            try {
                t.join(MAX_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        queue.forEach(p -> p.stored().completeExceptionally(
                new DataAccessResourceFailureException("Keystone is stopping")));
        queue.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start before the web server takes requests, stop after it has stopped taking them. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
