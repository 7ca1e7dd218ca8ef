package app.keystone.risk.register;

import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who changed which field of a risk when, from what to what. Creation lists every field set; deletion is one entry. */
@Repository
class RiskHistory {

    private final JdbcClient db;

    RiskHistory(JdbcClient db) {
        this.db = db;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Entry(Instant at, String accountId, String field, String from, String to) {
    }

    /** Records each field that differs between {@code before} (null for a new risk) and {@code after}. */
    int changed(TenantId tenant, UUID risk, String accountId, RiskState before, RiskState after) {
        Map<String, String> old = before == null ? Map.of() : before.fields();
        int changes = 0;
        for (Map.Entry<String, String> field : after.fields().entrySet()) {
            String from = old.get(field.getKey());
            if (!Objects.equals(from, field.getValue())) {
                add(tenant, risk, accountId, field.getKey(), from, field.getValue());
                changes++;
            }
        }
        return changes;
    }

    void add(TenantId tenant, UUID risk, String accountId, String field, String from, String to) {
        db.sql("""
                insert into risk_history (tenant_id, risk_id, account_id, field, from_value, to_value)
                values (:t, :r, :a, :f, :from, :to)""")
                .param("t", tenant.value()).param("r", risk).param("a", accountId).param("f", field)
                .param("from", from).param("to", to).update();
    }

    List<Entry> of(TenantId tenant, UUID risk) {
        return db.sql("""
                select at, account_id, field, from_value, to_value from risk_history
                where tenant_id = :t and risk_id = :r order by seq""")
                .param("t", tenant.value()).param("r", risk)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }
}
