package app.keystone.program.rollup;

import app.keystone.program.HealthReason;
import app.keystone.shared.TenantContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/portfolio}: every program of the site with its health at a glance (status, the worst reasons,
 * percent done, forecast P85 against the target) — the "Programs" page and the dashboard gadget read it.
 */
@RestController
class PortfolioController {

    static final int LIMIT = 200;

    private final JdbcClient db;
    private final ProgramRollupReader rollups;

    PortfolioController(JdbcClient db, ProgramRollupReader rollups) {
        this.db = db;
        this.rollups = rollups;
    }

    record Entry(String id, String name, LocalDate targetDate, String health, boolean overridden,
                 List<HealthReason> reasons, Double percentDone, long issues, long done, long overdue, long blocked,
                 LocalDate forecastP85) {
    }

    record Portfolio(List<Entry> programs, boolean truncated) {
    }

    @GetMapping("/api/portfolio")
    Portfolio portfolio(TenantContext tenant) {
        List<Object[]> programs = db.sql("""
                select id, name, target_date from program where tenant_id = :t order by lower(name), id limit :n""")
                .param("t", tenant.tenantId().value()).param("n", LIMIT + 1)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class)}).list();
        boolean truncated = programs.size() > LIMIT;
        List<Entry> entries = programs.stream().limit(LIMIT).map(p -> {
            RollupView.ProgramRollup r = rollups.read(tenant, (UUID) p[0], null);
            var f = r.figures();
            List<HealthReason> worst = r.health().reasons().stream()
                    .sorted((a, b) -> b.status().compareTo(a.status())).limit(3).toList();
            return new Entry(p[0].toString(), (String) p[1], (LocalDate) p[2], r.health().status().name(),
                    r.health().overridden(), worst, f.percentComplete().byCount(), f.issues().total(), f.issues().done(),
                    f.overdue(), f.blocked(), r.forecast().p85());
        }).toList();
        return new Portfolio(entries, truncated);
    }
}
