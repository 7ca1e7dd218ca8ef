package app.keystone.risk.register;

import app.keystone.shared.TenantId;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site's risk matrix and categories; a site that never saved any uses {@link RiskMatrix#DEFAULT}. */
@Repository
class RiskSettings {

    private final JdbcClient db;

    RiskSettings(JdbcClient db) {
        this.db = db;
    }

    RiskMatrix matrix(TenantId tenant) {
        return db.sql("""
                select medium_from, high_from, critical_from, categories, version from risk_settings
                where tenant_id = :t""").param("t", tenant.value())
                .query((rs, n) -> {
                    Array categories = rs.getArray(4);
                    return new RiskMatrix(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                            List.copyOf(Arrays.asList((String[]) categories.getArray())), rs.getLong(5));
                }).optional().orElse(RiskMatrix.DEFAULT);
    }

    /** Saves the matrix as the next version; the caller has checked If-Match under {@link #lock}. */
    void save(TenantId tenant, RiskMatrix m) {
        db.sql("""
                insert into risk_settings (tenant_id, medium_from, high_from, critical_from, categories, version)
                values (:t, :m, :h, :c, :cats, 1)
                on conflict (tenant_id) do update set medium_from = excluded.medium_from,
                    high_from = excluded.high_from, critical_from = excluded.critical_from,
                    categories = excluded.categories, version = risk_settings.version + 1""")
                .param("t", tenant.value()).param("m", m.mediumFrom()).param("h", m.highFrom())
                .param("c", m.criticalFrom()).param("cats", m.categories().toArray(String[]::new)).update();
    }

    /** Serialises concurrent saves of one site's settings (a row may not exist yet, so lock on the tenant). */
    void lock(TenantId tenant) {
        db.sql("select id from tenant where id = :t for update").param("t", tenant.value()).query(Object.class).list();
    }
}
