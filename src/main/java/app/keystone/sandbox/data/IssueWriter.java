package app.keystone.sandbox.data;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched inserts for issues and links. JdbcClient has no batch API, so this drops to JdbcTemplate;
 * rows must come parents first, since parent_id is a foreign key checked per row.
 */
public final class IssueWriter {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public IssueWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void issues(List<IssueRow> rows) {
        jdbc.batchUpdate("""
                insert into sandbox_issue (id, key, project_id, issue_type_id, status_id, summary, parent_id, assignee,
                    reporter, story_points, original_estimate, remaining_estimate, time_spent, start_date, due_date,
                    labels, flagged, created, updated, resolution_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, this::bind);
    }

    public void links(List<LinkRow> rows) {
        jdbc.batchUpdate("insert into sandbox_issue_link (id, outward_issue, inward_issue, created) values (?, ?, ?, ?)",
                rows, BATCH, (ps, l) -> {
                    ps.setLong(1, l.id());
                    ps.setLong(2, l.outwardIssue());
                    ps.setLong(3, l.inwardIssue());
                    ps.setObject(4, l.created());
                });
    }

    /** Keeps ids the site hands out later (sandbox_id_seq) clear of the ones seeded here. */
    public void advanceIdSequence() {
        jdbc.execute("""
                select setval('sandbox_id_seq', greatest((select last_value from sandbox_id_seq),
                    (select coalesce(max(id), 0) + 1 from sandbox_issue),
                    (select coalesce(max(id), 0) + 1 from sandbox_issue_link)), false)""");
    }

    private void bind(PreparedStatement ps, IssueRow r) throws SQLException {
        ps.setLong(1, r.id());
        ps.setString(2, r.key());
        ps.setLong(3, r.projectId());
        ps.setLong(4, r.typeId());
        ps.setLong(5, r.statusId());
        ps.setString(6, r.summary());
        ps.setObject(7, r.parentId(), Types.BIGINT);
        ps.setString(8, r.assignee());
        ps.setString(9, r.reporter());
        ps.setBigDecimal(10, r.storyPoints());
        ps.setObject(11, r.originalEstimate(), Types.BIGINT);
        ps.setObject(12, r.remainingEstimate(), Types.BIGINT);
        ps.setObject(13, r.timeSpent(), Types.BIGINT);
        ps.setObject(14, r.startDate(), Types.DATE);
        ps.setObject(15, r.dueDate(), Types.DATE);
        Array labels = ps.getConnection().createArrayOf("text", r.labels().toArray());
        ps.setArray(16, labels);
        ps.setBoolean(17, r.flagged());
        ps.setObject(18, r.created());
        ps.setObject(19, r.updated());
        ps.setObject(20, r.resolutionDate());
    }
}
