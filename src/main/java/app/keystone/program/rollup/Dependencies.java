package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program's cross-project dependencies between projects the user may browse: a live Blocks link between issues of
 * different projects, at least one end in the program, whose blocked issue is not done — kept per program by the
 * rollup writer (table program_dependency). Off track depends on today, so it is decided here: its blocker is overdue
 * (due before today and not done), or due after the issue it blocks.
 */
@Component
class Dependencies {

    private final JdbcClient db;

    Dependencies(JdbcClient db) {
        this.db = db;
    }

    record End(String id, String key, String summary, String projectKey, String status, String statusCategory,
               LocalDate dueDate) {
    }

    record Dependency(String linkId, End blocker, End blocked, boolean offTrack, String reason) {
    }

    record Counts(long crossProject, long offTrack) {
    }

    /**
     * Maintained by the rollup writer (RollupStore.refreshDependencies): the program's rows, ends the user may browse.
     * The projects go in as a text[] parameter: a text parameter cast to text[] in the statement is parsed again for
     * every row it is compared with (the cast is not folded into a constant).
     */
    private static final String ROWS = """
            from program_dependency pd
            where pd.program_id = :p and pd.tenant_id = :t
              and pd.blocker_project = any(:visible) and pd.blocked_project = any(:visible)
            """;

    private static final String OFF_TRACK = """
            ((pd.blocker_due < :today and not pd.blocker_done)
             or (pd.blocker_due is not null and pd.blocked_due is not null and pd.blocker_due > pd.blocked_due))""";

    /**
     * Counted per pair of projects and narrowed to the visible pairs here: one hash aggregate over the program's rows
     * and no per-row comparison with the visible projects. With the old per-row cast (see ROWS) this count of a
     * 250k-issue program's ~6k rows took ~45 ms of a ~75 ms read (docs/benchmarks.md, run 8).
     */
    Counts count(TenantId tenant, UUID program, LocalDate today, Set<String> visible) {
        long[] sums = new long[2];
        db.sql("select pd.blocker_project, pd.blocked_project, count(*), count(*) filter (where " + OFF_TRACK + """
                ) from program_dependency pd where pd.program_id = :p and pd.tenant_id = :t group by 1, 2""")
                .param("t", tenant.value()).param("p", program).param("today", today)
                .query((rs, n) -> {
                    String blocker = rs.getString(1);
                    String blocked = rs.getString(2);
                    // a null project matches nothing, as in SQL (and Set.of() refuses to look a null up)
                    if (blocker != null && blocked != null && visible.contains(blocker) && visible.contains(blocked)) {
                        sums[0] += rs.getLong(3);
                        sums[1] += rs.getLong(4);
                    }
                    return null;
                }).list();
        return new Counts(sums[0], sums[1]);
    }

    /** Where a page of the list starts: after this row in list order (blocker key, blocked key, link id). */
    record After(String blockerKey, String blockedKey, long linkId) {
    }

    record Page(List<Dependency> items, After next) {
    }

    /**
     * One page in list order: the index program_dependency_list is walked in that order from {@code after}, so a page
     * costs O(limit) whatever the program's size, and only the page's rows are joined with the mirror for what they
     * show (summary, status), which the writer does not keep. The order is the keys kept by the writer.
     */
    Page list(TenantId tenant, UUID program, LocalDate today, Set<String> visible, After after, int limit) {
        String from = after == null ? "" : """
                  and (pd.blocker_key, pd.blocked_key, pd.link_id) > (:afterBlocker, :afterBlocked, :afterLink)
                """;
        var spec = db.sql("""
                select pd.link_id, pd.blocker_key as b_sort, pd.blocked_key as d_sort,
                       b.issue_id as b_id, b.issue_key as b_key, b.summary as b_summary,
                       b.project_key as b_project, b.status_name as b_status, b.status_category as b_category,
                       b.due_date as b_due, d.issue_id as d_id, d.issue_key as d_key, d.summary as d_summary,
                       d.project_key as d_project, d.status_name as d_status, d.status_category as d_category,
                       d.due_date as d_due
                from (select pd.* """ + ROWS + from + """
                      order by pd.blocker_key, pd.blocked_key, pd.link_id limit :limit) pd
                join jira_issue b on b.tenant_id = pd.tenant_id and b.issue_id = pd.blocker_id
                join jira_issue d on d.tenant_id = pd.tenant_id and d.issue_id = pd.blocked_id
                order by pd.blocker_key, pd.blocked_key, pd.link_id""")
                .param("t", tenant.value()).param("p", program)
                .param("visible", visible.toArray(String[]::new)).param("limit", limit + 1);
        if (after != null) {
            spec = spec.param("afterBlocker", after.blockerKey()).param("afterBlocked", after.blockedKey())
                    .param("afterLink", after.linkId());
        }
        List<After> positions = new java.util.ArrayList<>();
        List<Dependency> rows = spec.query((rs, n) -> {
            positions.add(new After(rs.getString("b_sort"), rs.getString("d_sort"), rs.getLong("link_id")));
            return dependency(rs, today);
        }).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        return new Page(rows.subList(0, limit), positions.get(limit - 1));
    }

    private static Dependency dependency(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        End blocker = new End(Long.toString(rs.getLong("b_id")), rs.getString("b_key"), rs.getString("b_summary"),
                rs.getString("b_project"), rs.getString("b_status"), rs.getString("b_category"),
                rs.getObject("b_due", LocalDate.class));
        End blocked = new End(Long.toString(rs.getLong("d_id")), rs.getString("d_key"), rs.getString("d_summary"),
                rs.getString("d_project"), rs.getString("d_status"), rs.getString("d_category"),
                rs.getObject("d_due", LocalDate.class));
        String reason = reason(blocker, blocked, today);
        return new Dependency(Long.toString(rs.getLong("link_id")), blocker, blocked, reason != null, reason);
    }

    /** The same rule as OFF_TRACK, in words for the list. */
    static String reason(End blocker, End blocked, LocalDate today) {
        if (blocker.dueDate() != null && blocker.dueDate().isBefore(today) && !"done".equals(blocker.statusCategory())) {
            return blocker.key() + " was due " + blocker.dueDate() + " and is not done.";
        }
        if (blocker.dueDate() != null && blocked.dueDate() != null && blocker.dueDate().isAfter(blocked.dueDate())) {
            return blocker.key() + " is due " + blocker.dueDate() + ", after " + blocked.key() + " (" + blocked.dueDate() + ").";
        }
        return null;
    }
}
