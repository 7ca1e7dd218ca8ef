package app.keystone.raci;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.ProgramHealthContributor;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Program health's RACI reasons, from the program's own RACI: once a TPM has set one, it losing its Accountable
 * or every Responsible (a closed account erased, a person deactivated in Jira) argues AMBER
 * ({@code RACI_NO_ACCOUNTABLE}, {@code RACI_NO_RESPONSIBLE}). A program without any RACI says nothing: sites that
 * do not use RACI see no reason. One indexed read of the program's few assignment rows, as the extension point asks.
 */
@Component
class RaciHealthContributor implements ProgramHealthContributor {

    private final JdbcClient db;

    RaciHealthContributor(JdbcClient db) {
        this.db = db;
    }

    @Override
    public List<HealthReason> reasons(TenantId tenant, UUID programId) {
        record Counts(int assignments, int accountable, int responsible) {
        }
        Counts c = db.sql("""
                select count(*),
                       count(*) filter (where a.role = 'A' and coalesce(p.active, true)),
                       count(*) filter (where a.role = 'R' and coalesce(p.active, true))
                from raci_assignment a
                left join raci_person p on p.tenant_id = a.tenant_id and p.account_id = a.account_id
                where a.tenant_id = :t and a.scope_type = 'program' and a.scope_id = :p""")
                .param("t", tenant.value()).param("p", programId.toString())
                .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
        List<HealthReason> reasons = new ArrayList<>();
        if (c.assignments() == 0) {
            return reasons;
        }
        if (c.accountable() == 0) {
            reasons.add(new HealthReason(HealthStatus.AMBER, "RACI_NO_ACCOUNTABLE",
                    "Nobody active is Accountable for the program"));
        }
        if (c.responsible() == 0) {
            reasons.add(new HealthReason(HealthStatus.AMBER, "RACI_NO_RESPONSIBLE",
                    "Nobody active is Responsible for the program"));
        }
        return reasons;
    }
}
