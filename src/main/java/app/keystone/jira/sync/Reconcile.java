package app.keystone.jira.sync;

import app.keystone.jira.mirror.FieldConfigStore;
import app.keystone.jira.mirror.MirrorWriter;
import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.webhook.FailedWebhookRecovery;
import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Catches what webhooks never brought: re-reads the issues Jira updated since the last sweep (minus a safety
 * margin, as a relative JQL date so the site's time zone does not matter) through the newer-wins rule, and pulls
 * {@code /webhook/failed} into the inbox. Deletions whose webhook was lost and not listed as failed are not seen
 * here (Jira's search does not return deleted issues); a full resync repairs those.
 */
@Component
class Reconcile {

    private final SearchPages pages;
    private final FieldConfigStore fieldConfig;
    private final MirrorWriter mirror;
    private final FailedWebhookRecovery failed;
    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final Duration margin;
    private final Clock clock;

    Reconcile(SearchPages pages, FieldConfigStore fieldConfig, MirrorWriter mirror, FailedWebhookRecovery failed,
              JdbcClient db, TransactionTemplate tx, @Value("${keystone.reconcile.margin:PT15M}") Duration margin) {
        this.pages = pages;
        this.fieldConfig = fieldConfig;
        this.mirror = mirror;
        this.failed = failed;
        this.db = db;
        this.tx = tx;
        this.margin = margin;
        this.clock = Clock.systemUTC();
    }

    record Outcome(int repaired, int recoveredWebhooks) {
    }

    Outcome run(TenantId tenant) {
        Instant started = clock.instant();
        Instant since = sweptSince(tenant);
        db.sql("""
                insert into jira_reconcile (tenant_id, last_started_at) values (:t, :now)
                on conflict (tenant_id) do update set last_started_at = excluded.last_started_at""")
                .param("t", tenant.value()).param("now", Timestamp.from(started)).update();
        FieldIds ids = fieldConfig.fieldIds(tenant);
        long minutes = Math.max(1, Duration.between(since, started).plus(margin).toMinutes() + 1);
        String jql = "updated >= -" + minutes + "m ORDER BY updated ASC";
        int repaired = 0;
        String token = null;
        do {
            SearchPages.Page page = pages.fetch(tenant, jql, ids, token);
            Integer applied = tx.execute(s -> mirror.applyIssues(tenant, page.issues()));
            repaired += applied == null ? 0 : applied;
            token = page.nextPageToken();
        } while (token != null);
        Long failedAfter = db.sql("select failed_after from jira_reconcile where tenant_id = :t")
                .param("t", tenant.value()).query(Long.class).optional().orElse(null);
        FailedWebhookRecovery.Result recovered = failed.recover(tenant, failedAfter);
        db.sql("""
                update jira_reconcile set last_finished_at = now(), last_swept_from = :since,
                    issues_repaired = :repaired, failed_webhooks = :recovered, failed_after = :after, last_error = null
                where tenant_id = :t""")
                .param("since", Timestamp.from(since)).param("repaired", repaired)
                .param("recovered", recovered.recovered()).param("after", recovered.lastFailureTime())
                .param("t", tenant.value()).update();
        return new Outcome(repaired, recovered.recovered());
    }

    /** From the last sweep's start, or for the first sweep from when backfill began. */
    private Instant sweptSince(TenantId tenant) {
        return db.sql("""
                select coalesce((select last_started_at from jira_reconcile where tenant_id = :t),
                                (select min(started_at) from jira_backfill where tenant_id = :t), now())""")
                .param("t", tenant.value()).query(OffsetDateTime.class).single().toInstant();
    }

    void recordFailure(TenantId tenant, Exception e) {
        db.sql("update jira_reconcile set last_error = :error where tenant_id = :t")
                .param("error", e.getClass().getSimpleName() + ": " + e.getMessage()).param("t", tenant.value())
                .update();
    }
}
