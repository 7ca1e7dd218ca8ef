package app.keystone.jira;

import app.keystone.shared.TenantId;
import java.util.Set;

/**
 * The mirror now holds a newer state of an issue (created, or changed in the listed fields). Published in the
 * transaction that wrote the mirror, so listeners that run after commit never see news the mirror lost.
 * {@code previousParentId}/{@code previousProjectId} let hierarchy rollups move an issue between subtrees.
 */
public record IssueChanged(TenantId tenant, long issueId, String key, long projectId, Long parentId,
                           Long previousParentId, Long previousProjectId, boolean created, Set<String> changedFields) {
}
