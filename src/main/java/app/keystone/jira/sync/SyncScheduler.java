package app.keystone.jira.sync;

import app.keystone.shared.TenantId;
import app.keystone.shared.TenantInstalled;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Decides when each tenant backfills and reconciles, and hands the work to db-scheduler, whose table makes it
 * cluster-safe: one execution per task instance (the tenant id) across all nodes, revived if its node dies.
 */
@Component
public class SyncScheduler {

    private final ObjectProvider<SchedulerClient> scheduler;
    private final ObjectProvider<OneTimeTask<String>> backfillTask;
    private final ObjectProvider<OneTimeTask<String>> reconcileTask;
    private final JdbcClient db;
    private final boolean enabled;
    private final Duration reconcileInterval;

    SyncScheduler(ObjectProvider<SchedulerClient> scheduler,
                  @Qualifier(SyncTasks.BACKFILL) ObjectProvider<OneTimeTask<String>> backfillTask,
                  @Qualifier(SyncTasks.RECONCILE) ObjectProvider<OneTimeTask<String>> reconcileTask, JdbcClient db,
                  @Value("${keystone.sync.enabled:true}") boolean enabled,
                  @Value("${keystone.reconcile.interval:PT10M}") Duration reconcileInterval) {
        this.scheduler = scheduler;
        this.backfillTask = backfillTask;
        this.reconcileTask = reconcileTask;
        this.db = db;
        this.enabled = enabled;
        this.reconcileInterval = reconcileInterval;
    }

    /** A (re)install: whatever happened while Keystone was away is unknown, so every project is read again. */
    @TransactionalEventListener
    void installed(TenantInstalled event) {
        db.sql("""
                update jira_backfill set state = 'queued', next_page_token = null, fetched = 0, total_estimate = null,
                    started_at = null, finished_at = null where tenant_id = :t""")
                .param("t", event.tenant().value()).update();
        requestBackfill(event.tenant());
    }

    public void requestBackfill(TenantId tenant) {
        if (enabled) {
            scheduler.getObject().scheduleIfNotExists(backfillTask.getObject()
                    .instance(tenant.value().toString(), tenant.value().toString()), Instant.now());
        }
    }

    /** Full resync on an admin's request: every project is paged again (newer-wins keeps webhook news). */
    public void resync(TenantId tenant) {
        installed(new TenantInstalled(tenant));
    }

    public void requestReconcile(TenantId tenant) {
        if (enabled) {
            scheduler.getObject().scheduleIfNotExists(reconcileTask.getObject()
                    .instance(tenant.value().toString(), tenant.value().toString()), Instant.now());
        }
    }

    /** Runs on one node at a time (a db-scheduler recurring task): starts what is due for each installed tenant. */
    void tick() {
        if (!enabled) {
            return;
        }
        List<UUID> needBackfill = db.sql("""
                select t.id from tenant t where t.installed and (
                    not exists (select 1 from jira_backfill b where b.tenant_id = t.id)
                    or exists (select 1 from jira_backfill b where b.tenant_id = t.id and b.state <> 'done'))""")
                .query(UUID.class).list();
        needBackfill.forEach(id -> requestBackfill(new TenantId(id)));
        List<UUID> needReconcile = db.sql("""
                select t.id from tenant t where t.installed
                  and exists (select 1 from jira_backfill b where b.tenant_id = t.id)
                  and not exists (select 1 from jira_backfill b where b.tenant_id = t.id and b.state <> 'done')
                  and coalesce((select r.last_started_at from jira_reconcile r where r.tenant_id = t.id), 'epoch')
                      < now() - make_interval(secs => :seconds)""")
                .param("seconds", reconcileInterval.toSeconds()).query(UUID.class).list();
        needReconcile.forEach(id -> requestReconcile(new TenantId(id)));
    }

    boolean installed(TenantId tenant) {
        return db.sql("select count(*) from tenant where id = :t and installed").param("t", tenant.value())
                .query(Integer.class).single() > 0;
    }
}
