package app.keystone.risk.register;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.TenantContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of the site's projects the caller may not browse in Jira. A risk is shown only to users who may browse every
 * project it touches: its linked projects and the projects of its linked issues. A risk with no project or issue link
 * (none, or programs only) is visible to every user of the site, as programs are. The site's project keys come from
 * the mirror, cached per tenant for five minutes (finding them scans the mirror).
 */
@Component
class RiskVisibility {

    private static final long PROJECTS_TTL_MS = 300_000;

    private final JdbcClient db;
    private final JiraPermissions permissions;
    private final Map<UUID, Projects> projects = new ConcurrentHashMap<>();

    RiskVisibility(JdbcClient db, JiraPermissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    private record Projects(Map<String, Long> ids, long readAt) {
    }

    /** Project keys of the site the caller may not browse (empty when permissions are not enforced). */
    Set<String> hidden(TenantContext caller) {
        Map<String, Long> all = projectIds(caller);
        Set<Long> allowed = permissions.browsableProjects(caller, all.values());
        return all.entrySet().stream().filter(e -> !allowed.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private Map<String, Long> projectIds(TenantContext caller) {
        UUID tenant = caller.tenantId().value();
        Projects cached = projects.get(tenant);
        if (cached != null && System.currentTimeMillis() - cached.readAt() < PROJECTS_TTL_MS) {
            return cached.ids();
        }
        Map<String, Long> ids = new HashMap<>();
        db.sql("""
                select distinct project_key, project_id from jira_issue
                where tenant_id = :t and project_key is not null and project_id is not null""")
                .param("t", tenant)
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        projects.put(tenant, new Projects(Map.copyOf(ids), System.currentTimeMillis()));
        return ids;
    }
}
