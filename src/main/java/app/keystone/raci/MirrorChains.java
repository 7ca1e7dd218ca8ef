package app.keystone.raci;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the issue mirror's hierarchy: an issue's chain of parents (across projects) and its descendants. */
@Component
class MirrorChains {

    /** Deeper than any Jira hierarchy; bounds a cycle the mirror could briefly hold during re-parenting. */
    static final int MAX_DEPTH = 50;
    private static final String COLUMNS = """
            i.issue_id, i.issue_key, i.summary, i.project_id, i.project_key, i.status_name, i.status_category,
            i.assignee_id, i.parent_id""";

    private final JdbcClient db;

    MirrorChains(JdbcClient db) {
        this.db = db;
    }

    Optional<IssueRow> issue(TenantId tenant, long id) {
        return Optional.ofNullable(withAncestors(tenant, List.of(id)).get(id));
    }

    /** These live issues and all their live ancestors, by id. */
    Map<Long, IssueRow> withAncestors(TenantId tenant, Collection<Long> ids) {
        Map<Long, IssueRow> rows = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        db.sql("""
                with recursive up (issue_id, parent_id, depth) as (
                    select issue_id, parent_id, 0 from jira_issue
                    where tenant_id = :t and issue_id = any(cast(:ids as bigint[])) and deleted_at is null
                    union
                    select p.issue_id, p.parent_id, up.depth + 1 from jira_issue p join up on p.issue_id = up.parent_id
                    where p.tenant_id = :t and p.deleted_at is null and up.depth < :max)
                select %s from jira_issue i
                where i.tenant_id = :t and i.issue_id in (select issue_id from up)""".formatted(COLUMNS))
                .param("t", tenant.value()).param("ids", ids.toArray(Long[]::new)).param("max", MAX_DEPTH)
                .query((rs, n) -> rows.put(rs.getLong(1), new IssueRow(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getObject(4, Long.class), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, Long.class)))).list();
        return rows;
    }

    /** The issue's chain: itself, its parent, … up to the top (or a parent the mirror does not have). */
    static List<IssueRow> chain(long id, Map<Long, IssueRow> rows) {
        List<IssueRow> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        IssueRow at = rows.get(id);
        while (at != null && seen.add(at.id()) && chain.size() <= MAX_DEPTH) {
            chain.add(at);
            at = at.parentId() == null ? null : rows.get(at.parentId());
        }
        return chain;
    }

    /** The live descendants of these issues (not the issues themselves), in any project. */
    List<Long> descendants(TenantId tenant, Collection<Long> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                with recursive down (issue_id, depth) as (
                    select c.issue_id, 1 from jira_issue c
                    where c.tenant_id = :t and c.parent_id = any(cast(:ids as bigint[])) and c.deleted_at is null
                    union
                    select c.issue_id, down.depth + 1 from jira_issue c join down on c.parent_id = down.issue_id
                    where c.tenant_id = :t and c.deleted_at is null and down.depth < :max)
                select distinct issue_id from down""")
                .param("t", tenant.value()).param("ids", roots.toArray(Long[]::new)).param("max", MAX_DEPTH)
                .query(Long.class).list();
    }
}
