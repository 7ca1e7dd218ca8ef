package app.keystone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** The rollup benchmark's breakdown of one program read into its SQL statements (see {@link #run}). */
final class ReadBreakdown {

    private ReadBreakdown() {
    }

    /** One statement of the program read as the app sends it: SQL with '?' and how its parameters are bound. */
    private record Statement(String sql, Binder bind) {
    }

    private interface Binder {
        void bind(PreparedStatement st, UUID program, UUID tenant, String[] projects) throws Exception;
    }

    /**
     * Where a program read's time goes: each SQL statement GET /api/programs/{id}/rollup runs (ProgramRollupReader,
     * forecast.Throughput, Dependencies; copied here), with its parameters bound as JdbcClient binds them (strings as
     * varchar, the visible projects expanded into a list), so PostgreSQL plans them as it does for the app: run 6's
     * breakdown left out the visible-projects filter and so missed its per-row cast. Timed over JDBC on the same
     * data, p50 of 20 after 6 warm-up (pgjdbc prepares on the server from the 5th execution, as the app's pooled
     * connections do).
     */
    static void run(DataSource ds, UUID tenant, UUID allProgram, UUID rootProgram, List<String> siteProjects,
                    Consumer<String> line) throws Exception {
        line.accept("");
        line.accept("program read, its SQL statements one by one over JDBC (p50 of 20), all projects / one initiative:");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate week = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Map<String, Statement> statements = new LinkedHashMap<>();
        statements.put("rollup_program rows + date facts per project", new Statement("""
                select r.*,
                       (select coalesce(sum(d.n), 0) from rollup_program_date d where d.program_id = r.program_id
                          and d.project_key = r.project_key and d.kind = ? and d.day < ? and d.n > 0) as overdue,
                       (select max(d.day) from rollup_program_date d where d.program_id = r.program_id
                          and d.project_key = r.project_key and d.kind = ? and d.n > 0) as latest_due,
                       (select min(d.day) from rollup_program_date d where d.program_id = r.program_id
                          and d.project_key = r.project_key and d.kind = ? and d.n > 0) as earliest_start
                from rollup_program r where r.program_id = ?""", (st, p, t, v) -> {
            st.setShort(1, (short) 1);
            st.setObject(2, today);
            st.setShort(3, (short) 2);
            st.setShort(4, (short) 3);
            st.setObject(5, p);
        }));
        statements.put("Throughput.remaining (maintained sums)", new Statement("""
                select coalesce(sum(n_lvl0 - n_lvl0_done), 0) from rollup_program where program_id = ?
                and project_key in (%s)""", (st, p, t, v) -> {
            st.setObject(1, p);
            for (int i = 0; i < v.length; i++) {
                st.setString(2 + i, v[i]);
            }
        }));
        statements.put("Throughput.weekly (maintained, 8 weeks)", new Statement("""
                select date_trunc('week', day)::date as week, sum(n)::int from rollup_program_date
                where program_id = ? and kind = 4 and day >= ? and day < ? and project_key in (%s) group by 1""",
                (st, p, t, v) -> {
                    st.setObject(1, p);
                    st.setObject(2, week.minusWeeks(8));
                    st.setObject(3, week);
                    for (int i = 0; i < v.length; i++) {
                        st.setString(4 + i, v[i]);
                    }
                }));
        statements.put("Dependencies.count (per project pair)", new Statement("""
                select pd.blocker_project, pd.blocked_project, count(*), count(*) filter (where
                    (pd.blocker_due < ? and not pd.blocker_done)
                    or (pd.blocker_due is not null and pd.blocked_due is not null and pd.blocker_due > pd.blocked_due))
                from program_dependency pd where pd.program_id = ? and pd.tenant_id = ? group by 1, 2""",
                (st, p, t, v) -> {
                    st.setObject(1, today);
                    st.setObject(2, p);
                    st.setObject(3, t);
                }));
        // how the count was written up to run 7: the visible projects as one text parameter cast per row
        statements.put("  before run 8: visible as text cast per row", new Statement("""
                select count(*), count(*) filter (where (pd.blocker_due < ? and not pd.blocker_done)
                    or (pd.blocker_due is not null and pd.blocked_due is not null and pd.blocker_due > pd.blocked_due))
                from program_dependency pd where pd.program_id = ? and pd.tenant_id = ?
                  and pd.blocker_project = any(cast(? as text[])) and pd.blocked_project = any(cast(? as text[]))""",
                (st, p, t, v) -> {
                    String array = "{" + String.join(",", v) + "}";
                    st.setObject(1, today);
                    st.setObject(2, p);
                    st.setObject(3, t);
                    st.setString(4, array);
                    st.setString(5, array);
                }));
        // GET /api/programs/{id}/dependencies (Dependencies.list), before and after the keys kept in the rows (V027)
        statements.put("dependency list: before V027, join all, sort, first 1,000", new Statement("""
                select pd.link_id, b.issue_key, b.summary, b.status_name, d.issue_key, d.summary, d.status_name
                from (select pd.* from program_dependency pd where pd.program_id = ? and pd.tenant_id = ?
                      and pd.blocker_project = any(?) and pd.blocked_project = any(?)) pd
                join jira_issue b on b.tenant_id = pd.tenant_id and b.issue_id = pd.blocker_id
                join jira_issue d on d.tenant_id = pd.tenant_id and d.issue_id = pd.blocked_id
                order by b.issue_key, d.issue_key limit 1001""", ReadBreakdown::bindList));
        statements.put("dependency list: kept keys, index order, a page of 200", new Statement("""
                select pd.link_id, b.issue_key, b.summary, b.status_name, d.issue_key, d.summary, d.status_name
                from (select pd.* from program_dependency pd where pd.program_id = ? and pd.tenant_id = ?
                      and pd.blocker_project = any(?) and pd.blocked_project = any(?)
                      order by pd.blocker_key, pd.blocked_key, pd.link_id limit 201) pd
                join jira_issue b on b.tenant_id = pd.tenant_id and b.issue_id = pd.blocker_id
                join jira_issue d on d.tenant_id = pd.tenant_id and d.issue_id = pd.blocked_id
                order by pd.blocker_key, pd.blocked_key, pd.link_id""", ReadBreakdown::bindList));
        statements.put("children top level (epic table)", new Statement("""
                select n.*, j.issue_key from program_issue pi
                join rollup_node n on n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id and not n.deleted
                join jira_issue j on j.tenant_id = n.tenant_id and j.issue_id = n.issue_id
                where pi.program_id = ? and pi.top
                order by n.level desc, j.issue_key limit 501""", (st, p, t, v) -> st.setObject(1, p)));
        String[] projects = siteProjects.toArray(String[]::new);
        String marks = String.join(", ", java.util.Collections.nCopies(projects.length, "?"));
        try (Connection c = ds.getConnection()) {
            for (var e : statements.entrySet()) {
                double[] p50 = new double[2];
                for (int k = 0; k < 2; k++) {
                    long[] nanos = new long[20];
                    try (PreparedStatement st = c.prepareStatement(e.getValue().sql().replace("%s", marks))) {
                        e.getValue().bind().bind(st, k == 0 ? allProgram : rootProgram, tenant, projects);
                        for (int i = -6; i < nanos.length; i++) {
                            long t0 = System.nanoTime();
                            try (ResultSet rs = st.executeQuery()) {
                                while (rs.next()) {
                                    rs.getObject(1);
                                }
                            }
                            if (i >= 0) {
                                nanos[i] = System.nanoTime() - t0;
                            }
                        }
                    }
                    p50[k] = WebhookLoadDriver.pct(nanos, 50);
                }
                line.accept(String.format("  %-44s %7.1f ms / %7.1f ms", e.getKey(), p50[0], p50[1]));
            }
        }
    }

    private static void bindList(PreparedStatement st, UUID program, UUID tenant, String[] visible) throws Exception {
        st.setObject(1, program);
        st.setObject(2, tenant);
        st.setArray(3, st.getConnection().createArrayOf("text", visible));
        st.setArray(4, st.getConnection().createArrayOf("text", visible));
    }
}
