package app.keystone.risk.register;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.ProgramHealthContributor;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Program health's risk reason: an open risk of the program (linked to it, or to one of its issues) at CRITICAL
 * exposure argues RED ({@code RISK_CRITICAL}), else one at HIGH argues AMBER ({@code RISK_HIGH}).
 * Counts every open risk linked to the program, whoever reads: health is the program's, not the reader's.
 */
@Component
class RiskHealthContributor implements ProgramHealthContributor {

    private final JdbcClient db;
    private final RiskSettings settings;
    private final RiskLinks links;

    RiskHealthContributor(JdbcClient db, RiskSettings settings, RiskLinks links) {
        this.db = db;
        this.settings = settings;
        this.links = links;
    }

    @Override
    public List<HealthReason> reasons(TenantId tenant, UUID programId) {
        RiskMatrix m = settings.matrix(tenant);
        record Counts(int critical, int high) {
        }
        Counts c = db.sql("""
                select count(*) filter (where r.exposure >= :critical), 
                       count(*) filter (where r.exposure >= :high and r.exposure < :critical)
                from risk r
                where r.tenant_id = :t and r.status = 'OPEN'
                  and (exists (select 1 from risk_program x where x.risk_id = r.id and x.program_id = :p)
                       or exists (select 1 from risk_issue x where x.risk_id = r.id and x.issue_id = any(:issues)))""")
                .param("t", tenant.value()).param("p", programId).param("issues", links.programIssues(tenant, programId))
                .param("critical", m.criticalFrom())
                .param("high", m.highFrom())
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2))).single();
        if (c.critical() > 0) {
            return List.of(new HealthReason(HealthStatus.RED, "RISK_CRITICAL",
                    c.critical() + (c.critical() == 1 ? " open risk is" : " open risks are") + " CRITICAL"));
        }
        if (c.high() > 0) {
            return List.of(new HealthReason(HealthStatus.AMBER, "RISK_HIGH",
                    c.high() + (c.high() == 1 ? " open risk is" : " open risks are") + " HIGH"));
        }
        return List.of();
    }
}
