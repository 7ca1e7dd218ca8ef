package app.keystone.automation;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the issue an inbound payload names in the site's mirror (live issues only). */
@Component
class InboundIssues {

    private final JdbcClient db;

    InboundIssues(JdbcClient db) {
        this.db = db;
    }

    record Found(long id, String key, String assigneeId) {
    }

    Found find(TenantId tenant, String ref) {
        boolean byId = ref.matches("[0-9]+");
        return db.sql("select issue_id, issue_key, assignee_id from jira_issue where tenant_id = :t and deleted_at is null and "
                        + (byId ? "issue_id = :id" : "issue_key = :key"))
                .param("t", tenant.value()).param("id", byId ? Long.parseLong(ref) : 0L).param("key", ref)
                .query((rs, n) -> new Found(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new KeystoneProblem(404, "INBOUND_ISSUE_NOT_FOUND", "Issue not found",
                        "Keystone knows no issue " + ref + " on this site (it may not be synced yet)."));
    }
}
