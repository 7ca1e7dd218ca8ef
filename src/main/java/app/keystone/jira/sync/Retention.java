package app.keystone.jira.sync;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An uninstalled site keeps its data for {@code keystone.retention.uninstalled-days} (a reinstall within that time
 * finds everything again); after that its mirror, rollups, programs, risks and queued events are deleted. The tenant row
 * stays, holding no Jira data, so a later reinstall still gets the same internal id and starts a fresh backfill.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    /** Tenant-keyed tables in delete order (children first; rollup_program_date goes with its program). */
    static final List<String> TABLES = List.of("automation_trigger", "automation_firing",
            "automation_run", "automation_issue_risk", "automation_blocked", "automation_epic_seen", "automation_digest",
            "automation_check_baseline", "automation_inbound_secret",
            "automation_rule",
            "issue_property_outbox", "issue_property_state", "raci_assignment",
            "raci_scope", "raci_person", "risk_score_log", "risk_history", "risk_issue", "risk_project",
            "risk_program", "risk", "risk_settings", "rollup_dirty",
            "rollup_program_dirty", "program_baseline", "program_snapshot", "rollup_program", "program_dependency",
            "program_issue", "program_milestone", "program_root", "program_project", "program_metric_sample",
            "program_metric", "program", "rollup_node_date", "rollup_node", "jira_issue_link",
            "jira_status_category_change", "jira_issue", "jira_project_tombstone", "jira_backfill", "jira_reconcile",
            "jira_field_config", "jira_webhook_delivery");

    private final JdbcClient db;
    private final TransactionTemplate tx;
    private final int days;

    Retention(JdbcClient db, TransactionTemplate tx, @Value("${keystone.retention.uninstalled-days:30}") int days) {
        this.db = db;
        this.tx = tx;
        this.days = days;
    }

    /** @return how many sites' data was deleted */
    int purge() {
        List<UUID> expired = db.sql("""
                select id from tenant where not installed and updated_at < now() - make_interval(days => :days)
                  and exists (select 1 from jira_issue i where i.tenant_id = tenant.id
                              union all select 1 from program p where p.tenant_id = tenant.id
                              union all select 1 from risk r where r.tenant_id = tenant.id
                              union all select 1 from jira_webhook_delivery d where d.tenant_id = tenant.id)""")
                .param("days", days).query(UUID.class).list();
        for (UUID tenant : expired) {
            tx.executeWithoutResult(s -> TABLES.forEach(table ->
                    db.sql("delete from " + table + " where tenant_id = :t").param("t", tenant).update()));
            log.info("Deleted the data of tenant {}, uninstalled more than {} days ago", tenant, days);
        }
        return expired.size();
    }
}
