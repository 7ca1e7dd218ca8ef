package app.keystone.program.history;

import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A program's baseline (table program_baseline) and the scope change measured against it. */
@Component
class Baselines {

    private final JdbcClient db;

    Baselines(JdbcClient db) {
        this.db = db;
    }

    /** The scope and done of the program on {@code date}, fixed when the TPM set it. */
    record Baseline(LocalDate date, long scope, long done, BigDecimal scopePoints, BigDecimal donePoints,
                    boolean reconstructed, String setBy, Instant setAt) {
    }

    /** Today's scope against the baseline's: added work shows as a positive change. Percentages are of the baseline. */
    record ScopeChange(long count, BigDecimal points, Double countPercent, Double pointsPercent) {
    }

    static ScopeChange change(Baseline baseline, BurnupController.Day now) {
        long count = now.scope() - baseline.scope();
        BigDecimal points = now.scopePoints().subtract(baseline.scopePoints()).stripTrailingZeros();
        return new ScopeChange(count, points,
                baseline.scope() == 0 ? null : percent(BigDecimal.valueOf(count), BigDecimal.valueOf(baseline.scope())),
                baseline.scopePoints().signum() == 0 ? null : percent(points, baseline.scopePoints()));
    }

    private static double percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }

    Optional<Baseline> find(TenantId tenant, UUID programId) {
        return db.sql("""
                select day, scope_count, done_count, scope_points, done_points, set_by, set_at from program_baseline
                where program_id = :p and tenant_id = :t""")
                .param("p", programId).param("t", tenant.value())
                .query((rs, n) -> new Baseline(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getBigDecimal(5).stripTrailingZeros(), false,
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    Baseline save(TenantId tenant, UUID programId, BurnupController.Day day, String setBy) {
        db.sql("""
                insert into program_baseline (program_id, tenant_id, day, scope_count, done_count, scope_points,
                                              done_points, set_by, set_at)
                values (:p, :t, :day, :scope, :done, :scopePoints, :donePoints, :by, now())
                on conflict (program_id) do update set day = excluded.day, scope_count = excluded.scope_count,
                    done_count = excluded.done_count, scope_points = excluded.scope_points,
                    done_points = excluded.done_points, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("p", programId).param("t", tenant.value()).param("day", day.date()).param("scope", day.scope())
                .param("done", day.done()).param("scopePoints", day.scopePoints()).param("donePoints", day.donePoints())
                .param("by", setBy).update();
        Baseline saved = find(tenant, programId).orElseThrow();
        return new Baseline(saved.date(), saved.scope(), saved.done(), saved.scopePoints(), saved.donePoints(),
                day.reconstructed(), saved.setBy(), saved.setAt());
    }

    boolean delete(TenantId tenant, UUID programId) {
        return db.sql("delete from program_baseline where program_id = :p and tenant_id = :t")
                .param("p", programId).param("t", tenant.value()).update() == 1;
    }
}
