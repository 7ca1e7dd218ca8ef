package app.keystone.jira;

import app.keystone.shared.TenantId;

/** Jira deleted a project: Keystone removed its issues and links from the mirror. */
public record ProjectRemoved(TenantId tenant, long projectId, String projectKey, int issuesRemoved) {
}
