package app.keystone.program.catalog;

import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Translates issue keys to Jira ids and back through Keystone's mirror: programs store ids because keys change
 * when an issue moves to another project, but people type and read keys.
 */
@Component
class MirrorIssues {

    private final JdbcClient db;

    MirrorIssues(JdbcClient db) {
        this.db = db;
    }

    /** Ids of the live mirrored issues with these keys; unknown or deleted keys are missing from the map. */
    Map<String, Long> idsByKey(TenantId tenant, Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            db.sql("""
                    select issue_key, issue_id from jira_issue
                    where tenant_id = :t and issue_key in (:keys) and deleted_at is null""")
                    .param("t", tenant.value()).param("keys", keys)
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /** Last known keys of these issues, deleted ones included (a root deleted in Jira still shows its key). */
    Map<Long, String> keysById(TenantId tenant, Collection<Long> ids) {
        Map<Long, String> keys = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql("select issue_id, issue_key from jira_issue where tenant_id = :t and issue_id in (:ids)")
                    .param("t", tenant.value()).param("ids", ids)
                    .query(rs -> {
                        keys.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return keys;
    }
}
