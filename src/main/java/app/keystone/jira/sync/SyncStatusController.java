package app.keystone.jira.sync;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the admin page shows about the pipeline: backfill progress (% and counts per project), the inbox (pending,
 * parked events with their reasons), the last reconcile — and the two levers: resync, and retry a parked event.
 */
@RestController
class SyncStatusController {

    private final JdbcClient db;
    private final SyncScheduler sync;
    private final JiraPermissions permissions;

    SyncStatusController(JdbcClient db, SyncScheduler sync, JiraPermissions permissions) {
        this.db = db;
        this.sync = sync;
        this.permissions = permissions;
    }

    record ProjectProgress(String projectKey, String state, int fetched, Integer total, int percent, String lastError) {
    }

    record Inbox(long pending, long parked, long done) {
    }

    record ParkedEvent(String webhookId, String event, int attempts, String lastError, String receivedAt) {
    }

    record Reconciled(String lastStartedAt, String lastFinishedAt, Integer issuesRepaired, Integer failedWebhooks,
                      String lastError) {
    }

    record SyncStatus(String state, int percent, long mirroredIssues, List<ProjectProgress> projects, Inbox inbox,
                      List<ParkedEvent> parked, Reconciled reconcile) {
    }

    @GetMapping("/api/admin/sync")
    SyncStatus status(TenantContext tenant) {
        permissions.requireSiteAdmin(tenant);
        Map<String, Object> p = Map.of("t", tenant.tenantId().value());
        List<ProjectProgress> projects = db.sql("""
                select project_key, state, fetched, total_estimate, last_error from jira_backfill
                where tenant_id = :t order by project_key""").params(p)
                .query((rs, n) -> {
                    Integer total = rs.getObject(4, Integer.class);
                    String state = rs.getString(2);
                    return new ProjectProgress(rs.getString(1), state, rs.getInt(3), total,
                            percent(state, rs.getInt(3), total), rs.getString(5));
                }).list();
        long fetched = projects.stream().mapToLong(ProjectProgress::fetched).sum();
        long total = projects.stream().mapToLong(pp -> pp.total() == null ? 0 : Math.max(pp.total(), pp.fetched())).sum();
        boolean running = projects.isEmpty() || projects.stream().anyMatch(pp -> !pp.state().equals("done"));
        boolean failing = projects.stream().anyMatch(pp -> pp.lastError() != null);
        int percent = !running ? 100 : total == 0 ? 0 : (int) Math.min(99, fetched * 100 / total);
        Inbox inbox = db.sql("""
                select count(*) filter (where state = 'pending'), count(*) filter (where state = 'parked'),
                       count(*) filter (where state = 'done')
                from jira_webhook_delivery where tenant_id = :t""").params(p)
                .query((rs, n) -> new Inbox(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
        List<ParkedEvent> parked = db.sql("""
                select webhook_id, event, attempts, last_error, received_at::text from jira_webhook_delivery
                where tenant_id = :t and state = 'parked' order by received_at desc limit 50""").params(p)
                .query((rs, n) -> new ParkedEvent(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5))).list();
        Reconciled reconcile = db.sql("""
                select last_started_at::text, last_finished_at::text, issues_repaired, failed_webhooks, last_error
                from jira_reconcile where tenant_id = :t""").params(p)
                .query((rs, n) -> new Reconciled(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5))).optional().orElse(new Reconciled(null, null, null, null, null));
        long mirrored = db.sql("select count(*) from jira_issue where tenant_id = :t and deleted_at is null").params(p)
                .query(Long.class).single();
        String state = failing ? "retrying" : running ? "backfilling" : "live";
        return new SyncStatus(state, percent, mirrored, projects, inbox, parked, reconcile);
    }

    /** Starts a full resync (api.md: POST /api/admin/sync). */
    @PostMapping("/api/admin/sync")
    ResponseEntity<Void> resync(TenantContext tenant) {
        permissions.requireSiteAdmin(tenant);
        sync.resync(tenant.tenantId());
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/api/admin/sync/parked/{webhookId}/retry")
    ResponseEntity<Void> retry(TenantContext tenant, @PathVariable String webhookId) {
        permissions.requireSiteAdmin(tenant);
        int updated = db.sql("""
                update jira_webhook_delivery set state = 'pending', attempts = 0, next_attempt_at = now()
                where tenant_id = :t and webhook_id = :id and state = 'parked'""")
                .param("t", tenant.tenantId().value()).param("id", webhookId).update();
        if (updated == 0) {
            throw new KeystoneProblem(404, "PARKED_EVENT_NOT_FOUND", "No such parked event",
                    "No parked event '" + webhookId + "' for this site.");
        }
        return ResponseEntity.noContent().build();
    }

    private static int percent(String state, int fetched, Integer total) {
        if (state.equals("done")) {
            return 100;
        }
        return total == null || total == 0 ? 0 : (int) Math.min(99, fetched * 100L / total);
    }
}
