package app.keystone.program.rollup;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssueDeleted;
import app.keystone.jira.IssueLinkChanged;
import app.keystone.jira.IssuesChanged;
import app.keystone.jira.ProjectRemoved;
import app.keystone.program.ProgramScopeChanged;
import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns mirror events into rollup work, inside the mirror's own transaction: the queue row commits with the
 * change or not at all, so no change is ever missed; a replayed event only adds a mark the writer folds away.
 * Which issues an event touches: the issue itself, and the issues it blocks when its status category changed
 * (their "blocked" depends on it); for a link, both ends.
 */
@Component
class RollupDirtyMarker {

    private final JdbcClient db;
    private final RollupWorker worker;

    RollupDirtyMarker(JdbcClient db, RollupWorker worker) {
        this.db = db;
        this.worker = worker;
    }

    @EventListener
    void issueChanged(IssueChanged e) {
        mark(e.tenant(), List.of(e.issueId()));
        if (e.created() || e.changedFields().contains("statusCategory")) {
            markBlockedBy(e.tenant(), e.issueId());
        }
    }

    /** A page of changes: the same marks as each change alone, in two statements. */
    @EventListener
    void issuesChanged(IssuesChanged e) {
        mark(e.tenant(), e.issueIds());
        worker.bulkMarked(e.tenant());
        List<Long> blockers = e.changes().stream()
                .filter(c -> c.created() || c.changedFields().contains("statusCategory"))
                .map(IssueChanged::issueId).toList();
        if (!blockers.isEmpty()) {
            db.sql("""
                    insert into rollup_dirty (tenant_id, issue_id)
                    select tenant_id, destination_id from jira_issue_link
                    where tenant_id = :t and source_id = any(cast(:ids as bigint[])) and deleted_at is null
                      and link_type = 'Blocks'""")
                    .param("t", e.tenant().value()).param("ids", blockers.toArray(Long[]::new)).update();
        }
    }

    @EventListener
    void issueDeleted(IssueDeleted e) {
        mark(e.tenant(), List.of(e.issueId()));
    }

    @EventListener
    void linkChanged(IssueLinkChanged e) {
        mark(e.tenant(), List.of(e.sourceId(), e.destinationId()));
    }

    @EventListener
    void projectRemoved(ProjectRemoved e) {
        db.sql("""
                insert into rollup_dirty (tenant_id, issue_id)
                select tenant_id, issue_id from rollup_node where tenant_id = :t and project_key = :key""").param("t", e.tenant().value()).param("key", e.projectKey()).update();
    }

    @EventListener
    void scopeChanged(ProgramScopeChanged e) {
        if (!e.deleted()) {
            db.sql("""
                    insert into rollup_program_dirty (program_id, tenant_id) values (:p, :t) on conflict do nothing""")
                    .param("p", e.programId()).param("t", e.tenant().value()).update();
        }
    }

    /** Wakes the writer once the change is committed, for sub-second freshness. */
    @TransactionalEventListener(fallbackExecution = true)
    void committed(Object event) {
        if (event instanceof IssueChanged || event instanceof IssuesChanged || event instanceof IssueDeleted || event instanceof IssueLinkChanged
                || event instanceof ProjectRemoved || event instanceof ProgramScopeChanged) {
            worker.nudge();
        }
    }

    private void markBlockedBy(TenantId tenant, long blockerId) {
        db.sql("""
                insert into rollup_dirty (tenant_id, issue_id)
                select tenant_id, destination_id from jira_issue_link
                where tenant_id = :t and source_id = :id and deleted_at is null and link_type = 'Blocks'""").param("t", tenant.value()).param("id", blockerId).update();
    }

    private void mark(TenantId tenant, Collection<Long> ids) {
        db.sql("insert into rollup_dirty (tenant_id, issue_id) select :t, unnest(cast(:ids as bigint[]))")
                .param("t", tenant.value())
                .param("ids", ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .update();
    }
}
