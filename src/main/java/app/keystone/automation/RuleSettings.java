package app.keystone.automation;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site's rule settings ({@code automation_rule}); every statement is scoped by tenant. */
@Repository
class RuleSettings {

    private final JdbcClient db;
    private final ObjectMapper json;

    RuleSettings(JdbcClient db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    RuleConfig get(TenantId tenant, RuleType type) {
        return db.sql("""
                select enabled, dry_run, params::text, version from automation_rule
                where tenant_id = :t and rule_key = :k""").param("t", tenant.value()).param("k", type.key())
                .query((rs, n) -> new RuleConfig(tenant, type, rs.getBoolean(1), rs.getBoolean(2),
                        RuleParams.stored(type, JsonText.read(json, rs.getString(3))), rs.getLong(4)))
                .optional().orElseGet(() -> RuleConfig.never(tenant, type));
    }

    /** The installed sites that have the rule switched on (what a periodic check sweeps). */
    List<TenantId> enabledSites(RuleType type) {
        return db.sql("""
                select r.tenant_id from automation_rule r join tenant t on t.id = r.tenant_id
                where r.rule_key = :k and r.enabled and t.installed""")
                .param("k", type.key()).query(UUID.class).list().stream().map(TenantId::new).toList();
    }

    /** The rule's current version, its row locked (created when never saved) so concurrent saves queue up. */
    long lock(TenantId tenant, RuleType type) {
        db.sql("""
                insert into automation_rule (tenant_id, rule_key, version) values (:t, :k, 0)
                on conflict (tenant_id, rule_key) do nothing""").param("t", tenant.value()).param("k", type.key())
                .update();
        return db.sql("select version from automation_rule where tenant_id = :t and rule_key = :k for update")
                .param("t", tenant.value()).param("k", type.key()).query(Long.class).single();
    }

    void save(TenantId tenant, RuleType type, boolean enabled, boolean dryRun, Map<String, Object> params) {
        db.sql("""
                update automation_rule set enabled = :e, dry_run = :d, params = cast(:p as jsonb),
                    version = version + 1, updated_at = now()
                where tenant_id = :t and rule_key = :k""")
                .param("t", tenant.value()).param("k", type.key()).param("e", enabled).param("d", dryRun)
                .param("p", JsonText.write(json, params)).update();
    }
}
