package app.keystone.program.history;

import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Takes a program's snapshot for a day from its maintained sums (a handful of rows, however large the program). */
@Component
class Snapshots {

    private final JdbcClient db;

    Snapshots(JdbcClient db) {
        this.db = db;
    }

    void take(TenantId tenant, UUID programId, LocalDate day) {
        db.sql("""
                insert into program_snapshot (program_id, tenant_id, day, scope_count, done_count, scope_points, done_points)
                select :p, :t, :day, coalesce(sum(n_total), 0), coalesce(sum(n_done), 0), coalesce(sum(pts_total), 0),
                       coalesce(sum(pts_done), 0)
                from rollup_program where program_id = :p
                on conflict (program_id, day) do update set scope_count = excluded.scope_count,
                    done_count = excluded.done_count, scope_points = excluded.scope_points,
                    done_points = excluded.done_points, taken_at = now()""")
                .param("p", programId).param("t", tenant.value()).param("day", day).update();
    }

    /** Every program of every installed tenant, for the daily task. */
    void takeAll(LocalDate day) {
        db.sql("""
                select p.tenant_id, p.id from program p join tenant t on t.id = p.tenant_id where t.installed""")
                .query((rs, n) -> {
                    take(new TenantId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class), day);
                    return null;
                }).list();
    }
}
