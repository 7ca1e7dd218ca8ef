package app.keystone.automation;

import app.keystone.risk.RiskDraft;
import app.keystone.risk.Risks;
import app.keystone.shared.TenantId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one risk a source (the inbound endpoint, the Blocked → risk rule) keeps per issue: updated while it is open,
 * replaced by a new one once it was closed or deleted. Call within a transaction.
 */
@Component
class IssueRisks {

    private final Risks risks;
    private final JdbcClient db;

    IssueRisks(Risks risks, JdbcClient db) {
        this.risks = risks;
        this.db = db;
    }

    /** @param created whether a new risk was made (else the earlier one was updated) */
    record Saved(UUID riskId, boolean created, boolean replacedClosed) {
    }

    /** The risk this source raised for the issue, if any (open or not), locked against a concurrent save. */
    Optional<UUID> of(TenantId tenant, String source, long issueId) {
        return db.sql("""
                select risk_id from automation_issue_risk
                where tenant_id = :t and source = :s and issue_id = :i for update""")
                .param("t", tenant.value()).param("s", source).param("i", issueId).query(UUID.class).optional();
    }

    /** Updates the source's open risk of the issue with {@code update}, or creates one from {@code create}. */
    Saved save(TenantId tenant, String source, long issueId, RiskDraft update, RiskDraft create) {
        UUID earlier = of(tenant, source, issueId).orElse(null);
        if (earlier != null && risks.updateIfOpen(tenant, earlier, update)) {
            return new Saved(earlier, false, false);
        }
        UUID created = risks.createForIssue(tenant, issueId, create);
        db.sql("""
                insert into automation_issue_risk (tenant_id, source, issue_id, risk_id) values (:t, :s, :i, :r)
                on conflict (tenant_id, source, issue_id) do update set risk_id = excluded.risk_id""")
                .param("t", tenant.value()).param("s", source).param("i", issueId).param("r", created).update();
        return new Saved(created, true, earlier != null);
    }
}
