package app.keystone.risk.register;

import app.keystone.jira.IssueDeleted;
import app.keystone.jira.ProjectRemoved;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issues and projects deleted in Jira leave the risks linked to them, inside the mirror's own transaction, with a
 * history entry by nobody (Jira did it). Otherwise every later edit of such a risk would fail on the vanished link.
 */
@Component
class RiskLinkCleanup {

    private final JdbcClient db;
    private final RiskStore store;
    private final RiskRegister register;

    RiskLinkCleanup(JdbcClient db, RiskStore store, RiskRegister register) {
        this.db = db;
        this.store = store;
        this.register = register;
    }

    @EventListener
    void issueDeleted(IssueDeleted e) {
        unlink(e.tenant(), db.sql("select risk_id from risk_issue where tenant_id = :t and issue_id = :i")
                .param("t", e.tenant().value()).param("i", e.issueId()).query(UUID.class).list(), null);
    }

    @EventListener
    void projectRemoved(ProjectRemoved e) {
        unlink(e.tenant(), db.sql("""
                select r.risk_id from risk_project r where r.tenant_id = :t and r.project_key = :k
                union
                select l.risk_id from risk_issue l join jira_issue i on i.tenant_id = l.tenant_id
                    and i.issue_id = l.issue_id where l.tenant_id = :t and i.project_key = :k""")
                .param("t", e.tenant().value()).param("k", e.projectKey()).query(UUID.class).list(), e.projectKey());
    }

    private void unlink(TenantId tenant, List<UUID> risks, String projectKey) {
        TenantContext jira = new TenantContext(tenant, "", Optional.empty());
        for (UUID id : risks) {
            store.find(tenant, id, true).ifPresent(risk -> {
                List<Long> live = db.sql("""
                        select l.issue_id from risk_issue l join jira_issue i on i.tenant_id = l.tenant_id
                            and i.issue_id = l.issue_id
                        where l.risk_id = :r and i.deleted_at is null""").param("r", id).query(Long.class).list();
                RiskState s = risk.state().withIssues(live);
                RiskState next = new RiskState(s.title(), s.description(), s.category(), s.probability(), s.impact(),
                        s.residualProbability(), s.residualImpact(), s.roam(), s.status(), s.ownerAccountId(),
                        s.mitigation(), s.contingency(), s.trigger(), s.reviewDate(), s.dueDate(), s.proximity(),
                        s.programIds(), s.projectKeys().stream().filter(k -> !k.equals(projectKey)).toList(),
                        s.issueIds());
                register.replaced(jira, risk, next);
            });
        }
    }
}
