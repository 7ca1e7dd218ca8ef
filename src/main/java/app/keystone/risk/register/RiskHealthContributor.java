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
 * Program health's risk reason: an open risk linked to the program at CRITICAL exposure argues RED
 * ({@code RISK_CRITICAL}), else one at HIGH argues AMBER ({@code RISK_HIGH}). One indexed query per rollup read.
 * Counts every open risk linked to the program, whoever reads: health is the program's, not the reader's.
 */
@Component
class RiskHealthContributor implements ProgramHealthContributor {

    private final JdbcClient db;
    private final RiskSettings settings;

    RiskHealthContributor(JdbcClient db, RiskSettings settings) {
        this.db = db;
        this.settings = settings;
    }

    @Override
    public List<HealthReason> reasons(TenantId tenant, UUID programId) {
        RiskMatrix m = settings.matrix(tenant);
        record Counts(int critical, int high) {
        }
        Counts c = db.sql("""
                select count(*) filter (where r.exposure >= :critical), 
                       count(*) filter (where r.exposure >= :high and r.exposure < :critical)
                from risk_program p join risk r on r.id = p.risk_id
                where p.tenant_id = :t and p.program_id = :p and r.status = 'OPEN'""")
                .param("t", tenant.value()).param("p", programId).param("critical", m.criticalFrom())
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
