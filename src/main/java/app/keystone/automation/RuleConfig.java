package app.keystone.automation;

import app.keystone.shared.TenantId;
import java.util.Map;

/** A site's settings of one rule type; {@code params} holds every parameter (defaults filled in). */
record RuleConfig(TenantId tenant, RuleType type, boolean enabled, boolean dryRun, Map<String, Object> params, long version) {

    /** A rule never saved: off, with its defaults, version 0. */
    static RuleConfig never(TenantId tenant, RuleType type) {
        return new RuleConfig(tenant, type, false, false, RuleParams.defaults(type), 0);
    }

    boolean flag(String name) {
        return Boolean.TRUE.equals(params.get(name));
    }

    int number(String name) {
        return ((Number) params.get(name)).intValue();
    }
}
