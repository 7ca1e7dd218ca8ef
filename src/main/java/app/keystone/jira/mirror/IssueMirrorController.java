package app.keystone.jira.mirror;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/issues/{issueId}/mirror}: what Keystone's mirror knows about one issue — its state, parent,
 * children and blocking links — and how fresh that is. The issue panel shows it; support uses it to tell a
 * stale mirror from a wrong rollup.
 */
@RestController
class IssueMirrorController {

    private final JdbcClient db;

    IssueMirrorController(JdbcClient db) {
        this.db = db;
    }

    record IssueRef(String id, String key, String summary, String status, String statusCategory) {
    }

    record IssueMirror(String id, String key, String summary, String projectKey, String issueType,
                       Integer hierarchyLevel, String status, String statusCategory, BigDecimal storyPoints,
                       String dueDate, boolean flagged, IssueRef parent, List<IssueRef> children,
                       List<IssueRef> blockedBy, List<IssueRef> blocks, String jiraUpdated, String mirroredAt) {
    }

    @GetMapping("/api/issues/{issueId}/mirror")
    IssueMirror issue(TenantContext tenant, @PathVariable String issueId) {
        long id = parseId(issueId);
        var t = tenant.tenantId().value();
        return db.sql("""
                select i.issue_id, i.issue_key, i.summary, i.project_key, i.issue_type_name, i.hierarchy_level,
                       i.status_name, i.status_category, i.story_points, i.due_date::text, i.flagged, i.parent_id,
                       i.jira_updated, i.mirrored_at
                from jira_issue i where i.tenant_id = :t and i.issue_id = :id and i.deleted_at is null""")
                .param("t", t).param("id", id)
                .query((rs, n) -> {
                    Long parentId = rs.getObject("parent_id", Long.class);
                    return new IssueMirror(Long.toString(rs.getLong("issue_id")), rs.getString("issue_key"),
                            rs.getString("summary"), rs.getString("project_key"), rs.getString("issue_type_name"),
                            rs.getObject("hierarchy_level", Integer.class), rs.getString("status_name"),
                            rs.getString("status_category"), rs.getBigDecimal("story_points"), rs.getString("due_date"),
                            rs.getBoolean("flagged"), parentId == null ? null : refs("i.issue_id = :other", t, parentId)
                                    .stream().findFirst().orElse(null),
                            refs("i.parent_id = :other", t, id),
                            refs("i.issue_id in (select l.source_id from jira_issue_link l where l.tenant_id = :t "
                                    + "and l.destination_id = :other and l.deleted_at is null and l.link_type = 'Blocks')",
                                    t, id),
                            refs("i.issue_id in (select l.destination_id from jira_issue_link l where l.tenant_id = :t "
                                    + "and l.source_id = :other and l.deleted_at is null and l.link_type = 'Blocks')",
                                    t, id),
                            rs.getObject("jira_updated", java.time.OffsetDateTime.class).toInstant().toString(),
                            rs.getObject("mirrored_at", java.time.OffsetDateTime.class).toInstant().toString());
                })
                .optional()
                .orElseThrow(() -> new KeystoneProblem(404, "ISSUE_NOT_MIRRORED", "Issue not mirrored",
                        "Keystone has no copy of issue " + id + " yet; it appears once Jira reports it."));
    }

    private List<IssueRef> refs(String condition, java.util.UUID tenant, long other) {
        return db.sql("""
                select i.issue_id, i.issue_key, i.summary, i.status_name, i.status_category from jira_issue i
                where i.tenant_id = :t and i.deleted_at is null and """ + " " + condition + " order by i.issue_key")
                .param("t", tenant).param("other", other)
                .query((rs, n) -> new IssueRef(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static long parseId(String issueId) {
        if (issueId.isEmpty() || issueId.length() > 18 || !issueId.chars().allMatch(Character::isDigit)) {
            throw new KeystoneProblem(400, "INVALID_ISSUE_ID", "Invalid issue id",
                    "An issue id is the numeric id Jira gives the issue, e.g. 10001.");
        }
        return Long.parseLong(issueId);
    }
}
