package app.keystone.program.rollup;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which projects the calling user may browse in Jira, by key: rollup reads show only those. The site's project keys
 * and ids come from the mirror, read at most every {@link #PROJECTS_TTL_MS} per tenant: finding them is a scan of
 * every mirrored issue, far too slow for each read of a 250k-issue program.
 */
@Component
class Visibility {

    static final long PROJECTS_TTL_MS = 300_000;

    private final JdbcClient db;
    private final JiraPermissions permissions;
    private final Map<java.util.UUID, Projects> projects = new java.util.concurrent.ConcurrentHashMap<>();

    Visibility(JdbcClient db, JiraPermissions permissions) {
        this.db = db;
        this.permissions = permissions;
    }

    private record Projects(Map<String, Long> ids, long readAt) {
    }

    /** Every project key of the site (as mirrored), cached. */
    Set<String> siteProjects(TenantContext tenant) {
        return siteProjects(tenant.tenantId());
    }

    Set<String> siteProjects(TenantId tenant) {
        return projectIds(tenant).keySet();
    }

    private Map<String, Long> projectIds(TenantId tenant) {
        Projects cached = projects.get(tenant.value());
        if (cached != null && System.currentTimeMillis() - cached.readAt() < PROJECTS_TTL_MS) {
            return cached.ids();
        }
        Map<String, Long> ids = new HashMap<>();
        db.sql("select distinct project_key, project_id from jira_issue where tenant_id = :t and project_key is not null")
                .param("t", tenant.value())
                .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        projects.put(tenant.value(), new Projects(Map.copyOf(ids), System.currentTimeMillis()));
        return ids;
    }

    Set<String> browsable(TenantContext tenant, Collection<String> projectKeys) {
        if (projectKeys.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> all = projectIds(tenant.tenantId());
        Map<String, Long> ids = new HashMap<>();
        for (String key : projectKeys) {
            Long id = all.get(key);
            if (id == null) {
                // a project new since the cache was filled: read it now rather than hide it
                id = db.sql("select project_id from jira_issue where tenant_id = :t and project_key = :k limit 1")
                        .param("t", tenant.tenantId().value()).param("k", key).query(Long.class).optional().orElse(null);
            }
            if (id != null) {
                ids.put(key, id);
            }
        }
        Set<Long> allowed = permissions.browsableProjects(tenant, ids.values());
        return ids.entrySet().stream().filter(e -> allowed.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
