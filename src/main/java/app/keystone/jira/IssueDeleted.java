package app.keystone.jira;

import app.keystone.shared.TenantId;

/** An issue was deleted in Jira (or its project was); its mirror row is now a tombstone. */
public record IssueDeleted(TenantId tenant, long issueId, long projectId, Long parentId) {
}
