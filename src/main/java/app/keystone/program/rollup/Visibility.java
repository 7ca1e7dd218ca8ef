package app.keystone.program.rollup;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which projects the calling user may browse in Jira, by key: rollup reads show only those. */
@Component
class Visibility {

    private final JdbcClient db;
    private final JiraPermissions permissions;

    Visibility(JdbcClient db, JiraPermissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    Set<String> browsable(TenantContext tenant, Collection<String> projectKeys) {
        if (projectKeys.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> ids = new HashMap<>();
        db.sql("select distinct project_key, project_id from jira_issue where tenant_id = :t and project_key in (:keys)")
                .param("t", tenant.tenantId().value()).param("keys", projectKeys)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        Set<Long> allowed = permissions.browsableProjects(tenant, ids.values());
        return ids.entrySet().stream().filter(e -> allowed.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
