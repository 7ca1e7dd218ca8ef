package app.keystone.jira.mirror;

import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.shared.TenantId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A jira_issue row with the Jira time it reflects. */
record MirrorRow(IssueSnapshot snapshot, long changelogId, Instant deletedAt) {

    static final String COLUMNS = """
            issue_id, issue_key, project_id, project_key, summary, issue_type_id, issue_type_name, hierarchy_level,
            parent_id, status_id, status_name, status_category, assignee_id, reporter_id, story_points, time_original,
            time_remaining, time_spent, start_date, due_date, labels, flagged, resolution, resolution_date, created,
            jira_updated, changelog_id, deleted_at""";

    /**
     * Serialises workers on one issue for the rest of the transaction — also when it has no row yet, which
     * {@code SELECT … FOR UPDATE} alone cannot lock — then reads its current state.
     */
    static Optional<MirrorRow> lock(JdbcClient db, TenantId tenant, long issueId) {
        advisoryLock(db, tenant, "issue", issueId);
        return db.sql("select " + COLUMNS + " from jira_issue where tenant_id = :t and issue_id = :id for update")
                .param("t", tenant.value()).param("id", issueId).query(MirrorRow::map).optional();
    }

    /**
     * {@link #lock} for many issues in two statements: the advisory locks in the order given (callers pass ids
     * ascending, the order webhook workers lock in), then the rows that exist.
     */
    static Map<Long, MirrorRow> lockAll(JdbcClient db, TenantId tenant, List<Long> issueIds) {
        Long[] keys = issueIds.stream().map(id -> advisoryKey(tenant, "issue", id)).toArray(Long[]::new);
        db.sql("""
                select count(*) from (select pg_advisory_xact_lock(k) from unnest(cast(:keys as bigint[]))
                    with ordinality as l(k, n) order by n) locked""").param("keys", keys).query(Long.class).single();
        Map<Long, MirrorRow> rows = new HashMap<>();
        db.sql("select " + COLUMNS + " from jira_issue where tenant_id = :t and issue_id = any(cast(:ids as bigint[]))"
                        + " order by issue_id for update")
                .param("t", tenant.value()).param("ids", issueIds.toArray(Long[]::new))
                .query(MirrorRow::map).list().forEach(row -> rows.put(row.snapshot().issueId(), row));
        return rows;
    }

    /** A transaction-scoped advisory lock on (tenant, kind, id); a hash collision only serialises two unrelated rows. */
    static void advisoryLock(JdbcClient db, TenantId tenant, String kind, long id) {
        db.sql("select pg_advisory_xact_lock(:key)").param("key", advisoryKey(tenant, kind, id)).query(Object.class)
                .optional();
    }

    private static long advisoryKey(TenantId tenant, String kind, long id) {
        long key = tenant.value().getMostSignificantBits() * 31 + tenant.value().getLeastSignificantBits();
        key = key * 31 + kind.hashCode();
        return key * 1_000_003L + id;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    /** Whether a state at (updated, changelogId) is news for this row. Nothing is news for a tombstone. */
    boolean olderThan(Instant updated, long otherChangelogId) {
        if (deleted()) {
            return false;
        }
        int byTime = snapshot.updated().compareTo(updated);
        return byTime < 0 || byTime == 0 && changelogId < otherChangelogId;
    }

    static MirrorRow map(ResultSet rs, int row) throws SQLException {
        Array labels = rs.getArray("labels");
        IssueSnapshot s = new IssueSnapshot(rs.getLong("issue_id"), rs.getString("issue_key"), rs.getLong("project_id"),
                rs.getString("project_key"), rs.getString("summary"), rs.getObject("issue_type_id", Long.class),
                rs.getString("issue_type_name"), rs.getObject("hierarchy_level", Integer.class),
                rs.getObject("parent_id", Long.class), rs.getObject("status_id", Long.class),
                rs.getString("status_name"), rs.getString("status_category"), rs.getString("assignee_id"),
                rs.getString("reporter_id"), rs.getBigDecimal("story_points"), rs.getObject("time_original", Long.class),
                rs.getObject("time_remaining", Long.class), rs.getObject("time_spent", Long.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                labels == null ? List.of() : Arrays.asList((String[]) labels.getArray()), rs.getBoolean("flagged"),
                rs.getString("resolution"), instant(rs, "resolution_date"), instant(rs, "created"),
                instant(rs, "jira_updated"), Optional.empty());
        return new MirrorRow(s, rs.getLong("changelog_id"), instant(rs, "deleted_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A PostgreSQL text[] literal; every element quoted so labels with commas, braces or quotes survive. */
    static String textArray(List<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
