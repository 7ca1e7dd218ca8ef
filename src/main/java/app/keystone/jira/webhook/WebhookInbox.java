package app.keystone.jira.webhook;

import app.keystone.shared.TenantId;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pipeline's durable inbox (table jira_webhook_delivery): one row per tenant and webhook identifier, so
 * Jira's retries and duplicates are stored once. Workers on any node claim pending rows with
 * {@code FOR UPDATE SKIP LOCKED}, so each row is applied by exactly one of them.
 */
@Component
class WebhookInbox {

    private final JdbcClient jdbc;
    private final String node;
    private final int maxAttempts;
    private final long retryBaseMillis;

    WebhookInbox(JdbcClient jdbc, @Value("${keystone.pipeline.max-attempts:8}") int maxAttempts,
                 @Value("${keystone.pipeline.retry-base-ms:2000}") long retryBaseMillis) {
        this.jdbc = jdbc;
        this.maxAttempts = maxAttempts;
        this.retryBaseMillis = retryBaseMillis;
        this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    String node() {
        return node;
    }

    record Delivery(TenantId tenant, String webhookId, String event, String payload, int attempts) {
    }

    /** @return false when this delivery was already stored (a retry or a duplicate). */
    boolean record(TenantId tenant, String webhookId, WebhookEvent event, int retry, String payload, Instant eventTime) {
        return jdbc.sql("""
                insert into jira_webhook_delivery (tenant_id, webhook_id, event, retry_count, payload, event_time)
                values (:tenant, :webhookId, :event, :retry, cast(:payload as jsonb), :eventTime)
                on conflict (tenant_id, webhook_id) do nothing
                """)
                .param("tenant", tenant.value())
                .param("webhookId", webhookId)
                .param("event", event.jiraName())
                .param("retry", retry)
                .param("payload", payload)
                .param("eventTime", Timestamp.from(eventTime))
                .update() == 1;
    }

    /**
     * Claims due events in arrival order, locking them for the caller's transaction. Uninstalled tenants'
     * events wait (and are applied if the site reinstalls). Must run inside a transaction.
     */
    List<Delivery> claim(int limit) {
        return jdbc.sql("""
                select d.tenant_id, d.webhook_id, d.event, d.payload::text, d.attempts
                from jira_webhook_delivery d
                where d.state = 'pending' and d.next_attempt_at <= now()
                  and exists (select 1 from tenant t where t.id = d.tenant_id and t.installed)
                order by d.next_attempt_at, d.seq
                limit :limit
                for update of d skip locked""")
                .param("limit", limit)
                .query((rs, n) -> new Delivery(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** Claims one specific event again (after its batch failed), or nothing if another worker holds it. */
    List<Delivery> claimOne(Delivery delivery) {
        return jdbc.sql("""
                select d.tenant_id, d.webhook_id, d.event, d.payload::text, d.attempts from jira_webhook_delivery d
                where d.tenant_id = :tenant and d.webhook_id = :id and d.state = 'pending'
                for update of d skip locked""")
                .param("tenant", delivery.tenant().value()).param("id", delivery.webhookId())
                .query((rs, n) -> new Delivery(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** One statement for a whole batch: the worker's cost per event is what it applies, not its bookkeeping. */
    void markDone(List<Delivery> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (var byTenant : batch.stream().collect(java.util.stream.Collectors.groupingBy(Delivery::tenant)).entrySet()) {
            jdbc.sql("""
                    update jira_webhook_delivery set state = 'done', processed_at = now(), attempts = attempts + 1,
                        processed_by = :node, last_error = null
                    where tenant_id = :tenant and webhook_id in (:ids)""")
                    .param("node", node).param("tenant", byTenant.getKey().value())
                    .param("ids", byTenant.getValue().stream().map(Delivery::webhookId).toList()).update();
        }
    }

    void markDone(Delivery d) {
        jdbc.sql("""
                update jira_webhook_delivery set state = 'done', processed_at = now(), attempts = attempts + 1,
                    processed_by = :node, last_error = null where tenant_id = :tenant and webhook_id = :id""")
                .param("node", node).param("tenant", d.tenant().value()).param("id", d.webhookId()).update();
    }

    /** Backs off exponentially (2 s, 4 s, … capped at 10 min); parks the event after max-attempts. */
    void markFailed(Delivery d, String error) {
        int attempts = d.attempts() + 1;
        double delaySeconds = Math.min(600, retryBaseMillis * (1L << Math.min(attempts - 1, 20)) / 1000.0);
        jdbc.sql("""
                update jira_webhook_delivery set attempts = :attempts, last_error = :error,
                    state = case when :attempts >= :max then 'parked' else 'pending' end,
                    next_attempt_at = now() + make_interval(secs => :delay)
                where tenant_id = :tenant and webhook_id = :id""")
                .param("attempts", attempts).param("error", error).param("max", maxAttempts)
                .param("delay", delaySeconds).param("tenant", d.tenant().value()).param("id", d.webhookId()).update();
    }
}
