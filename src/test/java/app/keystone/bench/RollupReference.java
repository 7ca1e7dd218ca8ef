package app.keystone.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The reference: a program's headline figures computed from the mirror alone with one recursive CTE, as a reporting
 * query would — scope = live issues of the program's projects plus the live descendants of its root issues; counts by
 * status category; points of level-0 issues (total, done); blocked (not done, destination of a live Blocks link
 * whose source is live and not done); overdue (due before today UTC, not done). Same definitions as docs/rollups.md.
 */
final class RollupReference {

    private static final String SQL = """
            with recursive below(issue_id) as (
                select c.issue_id from jira_issue c
                where c.tenant_id = ? and c.parent_id = any (?) and c.deleted_at is null
              union
                select c.issue_id from below b
                join jira_issue c on c.tenant_id = ? and c.parent_id = b.issue_id and c.deleted_at is null
            ), scope as (
                select issue_id from below
              union
                select issue_id from jira_issue where tenant_id = ? and project_key = any (?) and deleted_at is null
            ), s as (
                select i.*, coalesce(i.status_category, 'new') as cat
                from scope join jira_issue i on i.tenant_id = ? and i.issue_id = scope.issue_id
            )
            select count(*) as total,
                   count(*) filter (where cat = 'done') as done,
                   count(*) filter (where cat = 'indeterminate') as indeterminate,
                   count(*) filter (where cat not in ('done', 'indeterminate')) as new,
                   coalesce(sum(story_points) filter (where hierarchy_level = 0), 0) as pts_total,
                   coalesce(sum(story_points) filter (where hierarchy_level = 0 and cat = 'done'), 0) as pts_done,
                   count(*) filter (where cat <> 'done' and exists (
                       select 1 from jira_issue_link l join jira_issue b on b.tenant_id = l.tenant_id and b.issue_id = l.source_id
                       where l.tenant_id = s.tenant_id and l.destination_id = s.issue_id and l.link_type = 'Blocks'
                         and l.deleted_at is null and b.deleted_at is null
                         and coalesce(b.status_category, 'new') <> 'done')) as blocked,
                   count(*) filter (where cat <> 'done' and due_date < (now() at time zone 'UTC')::date) as overdue
            from s""";

    record Figures(long total, long done, long indeterminate, long fresh, BigDecimal pointsTotal, BigDecimal pointsDone,
                   long blocked, long overdue) {
        /** As a comparable line, points without trailing zeros. */
        String line() {
            return String.format("total %d, new %d, in progress %d, done %d, points %s/%s, blocked %d, overdue %d", total,
                    fresh, indeterminate, done, pointsDone.stripTrailingZeros().toPlainString(),
                    pointsTotal.stripTrailingZeros().toPlainString(), blocked, overdue);
        }
    }

    private RollupReference() {
    }

    static Figures compute(Connection c, UUID tenant, List<String> projects, List<Long> roots) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SQL)) {
            st.setObject(1, tenant);
            st.setArray(2, c.createArrayOf("bigint", roots.toArray()));
            st.setObject(3, tenant);
            st.setObject(4, tenant);
            st.setArray(5, c.createArrayOf("varchar", projects.toArray()));
            st.setObject(6, tenant);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong("total"), rs.getLong("done"), rs.getLong("indeterminate"), rs.getLong("new"),
                        rs.getBigDecimal("pts_total"), rs.getBigDecimal("pts_done"), rs.getLong("blocked"),
                        rs.getLong("overdue"));
            }
        }
    }
}
