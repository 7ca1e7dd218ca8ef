package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Asks Jira what the calling user may do (bulk permissions check from the app server, wire formats §3.7), so
 * Keystone enforces the same rules Jira shows. Answers are cached briefly: admin pages poll.
 */
@Component
public class JiraPermissions {

    private static final long TTL_MS = 5 * 60_000;
    private static final long PROJECTS_TTL_MS = 60_000;

    private final JiraClient jira;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final boolean enforce;

    JiraPermissions(JiraClient jira, @org.springframework.beans.factory.annotation.Value(
            "${keystone.permissions.enforce:true}") boolean enforce) {
        this.jira = jira;
        this.enforce = enforce;
    }

    private record Cached(boolean granted, long at) {
    }

    private record CachedProjects(java.util.Set<Long> browsable, long at) {
    }

    private final Map<String, CachedProjects> projectCache = new ConcurrentHashMap<>();

    /**
     * Which of these projects (by numeric id) the calling user may browse, asked of Jira once a minute per user:
     * Keystone shows nobody figures of projects Jira would hide from them.
     */
    public java.util.Set<Long> browsableProjects(TenantContext tenant, java.util.Collection<Long> projectIds) {
        if (!enforce) {
            return java.util.Set.copyOf(projectIds);
        }
        String accountId = tenant.accountId().orElse(null);
        if (accountId == null || projectIds.isEmpty()) {
            return java.util.Set.of();
        }
        String key = tenant.tenantId().value() + "/" + accountId;
        CachedProjects cached = projectCache.get(key);
        if (cached != null && System.currentTimeMillis() - cached.at() < PROJECTS_TTL_MS
                && cached.browsable().containsAll(projectIds)) {
            return java.util.Set.copyOf(projectIds);
        }
        JsonNode answer;
        try {
            answer = jira.post(tenant.tenantId(), "/rest/api/3/permissions/check", Map.of("accountId", accountId,
                    "projectPermissions", List.of(Map.of("permissions", List.of("BROWSE_PROJECTS"),
                            "projects", List.copyOf(projectIds)))));
        } catch (JiraHttpException e) {
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not check your permissions with Jira (" + e.status() + "). Try again shortly.");
        }
        java.util.Set<Long> browsable = new java.util.HashSet<>();
        for (JsonNode grant : answer.path("projectPermissions")) {
            if ("BROWSE_PROJECTS".equals(grant.path("permission").asText())) {
                grant.path("projects").forEach(p -> browsable.add(p.asLong()));
            }
        }
        projectCache.put(key, new CachedProjects(java.util.Set.copyOf(browsable), System.currentTimeMillis()));
        return browsable;
    }

    /** Throws 403 ADMIN_REQUIRED unless the token's user is a Jira administrator of this site. */
    public void requireSiteAdmin(TenantContext tenant) {
        if (!enforce) {
            return;
        }
        String accountId = tenant.accountId().orElseThrow(() -> new KeystoneProblem(403, "ADMIN_REQUIRED",
                "Jira administrators only", "This needs a signed-in Jira administrator."));
        if (!isSiteAdmin(tenant, accountId)) {
            throw new KeystoneProblem(403, "ADMIN_REQUIRED", "Jira administrators only",
                    "Only Jira administrators can see and change Keystone's sync.");
        }
    }

    boolean isSiteAdmin(TenantContext tenant, String accountId) {
        String key = tenant.tenantId().value() + "/" + accountId;
        Cached cached = cache.get(key);
        if (cached != null && System.currentTimeMillis() - cached.at() < TTL_MS) {
            return cached.granted();
        }
        JsonNode answer;
        try {
            answer = jira.post(tenant.tenantId(), "/rest/api/3/permissions/check",
                    Map.of("accountId", accountId, "globalPermissions", List.of("ADMINISTER")));
        } catch (JiraHttpException e) {
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not check your permissions with Jira (" + e.status() + "). Try again shortly.");
        }
        boolean granted = false;
        for (JsonNode p : answer.path("globalPermissions")) {
            granted |= "ADMINISTER".equals(p.asText());
        }
        cache.put(key, new Cached(granted, System.currentTimeMillis()));
        return granted;
    }
}
