package app.keystone.jira.mirror;

import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many jira_issue rows in one statement: one array per column, unnested into rows. Same columns and conflict rule
 * as {@code MirrorWriter.upsert} with changelog id 0 and no tombstone (what a search page carries). Every array is
 * sent as text and cast in SQL, so nulls and every column type go through one binding path.
 */
final class MirrorRows {

    private MirrorRows() {
    }

    private record Column(String name, String type, Function<IssueSnapshot, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("issue_id", "bigint", IssueSnapshot::issueId),
            new Column("issue_key", "text", IssueSnapshot::key),
            new Column("project_id", "bigint", IssueSnapshot::projectId),
            new Column("project_key", "text", IssueSnapshot::projectKey),
            new Column("summary", "text", IssueSnapshot::summary),
            new Column("issue_type_id", "bigint", IssueSnapshot::issueTypeId),
            new Column("issue_type_name", "text", IssueSnapshot::issueTypeName),
            new Column("hierarchy_level", "integer", IssueSnapshot::hierarchyLevel),
            new Column("parent_id", "bigint", IssueSnapshot::parentId),
            new Column("status_id", "bigint", IssueSnapshot::statusId),
            new Column("status_name", "text", IssueSnapshot::statusName),
            new Column("status_category", "text", IssueSnapshot::statusCategory),
            new Column("assignee_id", "text", IssueSnapshot::assigneeId),
            new Column("reporter_id", "text", IssueSnapshot::reporterId),
            new Column("story_points", "numeric", s -> s.storyPoints() == null ? null : s.storyPoints().toPlainString()),
            new Column("time_original", "bigint", IssueSnapshot::timeOriginal),
            new Column("time_remaining", "bigint", IssueSnapshot::timeRemaining),
            new Column("time_spent", "bigint", IssueSnapshot::timeSpent),
            new Column("start_date", "date", IssueSnapshot::startDate),
            new Column("due_date", "date", IssueSnapshot::dueDate),
            // a text[] literal per row: arrays of arrays must be rectangular, label lists are not
            new Column("labels", "text", s -> MirrorRow.textArray(s.labels())),
            new Column("flagged", "boolean", IssueSnapshot::flagged),
            new Column("resolution", "text", IssueSnapshot::resolution),
            new Column("resolution_date", "timestamptz", IssueSnapshot::resolutionDate),
            new Column("created", "timestamptz", IssueSnapshot::created),
            new Column("jira_updated", "timestamptz", IssueSnapshot::updated));

    private static final String SQL = sql();

    private static String sql() {
        List<String> names = COLUMNS.stream().map(Column::name).toList();
        List<String> unnest = COLUMNS.stream().map(c -> "cast(:" + c.name() + " as " + c.type() + "[])").toList();
        List<String> values = names.stream().map(n -> n.equals("labels") ? "cast(r.labels as text[])" : "r." + n)
                .toList();
        List<String> updates = names.stream().filter(n -> !n.equals("issue_id")).map(n -> n + " = excluded." + n)
                .toList();
        return "insert into jira_issue (tenant_id, " + String.join(", ", names)
                + ", changelog_id, deleted_at, mirrored_at)\nselect :t, " + String.join(", ", values)
                + ", 0, null, now()\nfrom unnest(" + String.join(", ", unnest) + ") as r(" + String.join(", ", names)
                + ")\non conflict (tenant_id, issue_id) do update set " + String.join(", ", updates)
                + ", changelog_id = excluded.changelog_id, deleted_at = excluded.deleted_at, mirrored_at = now()";
    }

    /** Inserts or overwrites these issues' rows (each listed once). */
    static void upsertAll(JdbcClient db, TenantId tenant, List<IssueSnapshot> issues) {
        if (issues.isEmpty()) {
            return;
        }
        JdbcClient.StatementSpec spec = db.sql(SQL).param("t", tenant.value());
        for (Column c : COLUMNS) {
            spec = spec.param(c.name(), issues.stream().map(c.value()).map(v -> Objects.toString(v, null))
                    .toArray(String[]::new));
        }
        spec.update();
    }
}
