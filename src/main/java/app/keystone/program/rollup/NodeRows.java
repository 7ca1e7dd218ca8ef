package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * rollup_node rows in one statement: one array per column, unnested into rows. A JDBC batch of one upsert per node
 * spent most of the writer's CPU binding parameters (JFR, 25k backfill bench: 28 of 67 samples). Every array is sent
 * as text and cast in SQL, so nulls and every column type go through one binding path.
 */
final class NodeRows {

    private NodeRows() {
    }

    private record Column(String name, String type, Function<Map.Entry<NodeState, Figures>, Object> value) {
    }

    private static final List<Column> COLUMNS = columns();
    private static final String SQL = sql();

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>(List.of(
                new Column("issue_id", "bigint", e -> e.getKey().issueId()),
                new Column("parent_id", "bigint", e -> e.getKey().parentId()),
                new Column("project_key", "text", e -> e.getKey().projectKey()),
                new Column("issue_type", "text", e -> e.getKey().issueType()),
                // a text[] literal per row: arrays of arrays must be rectangular, label lists are not
                new Column("labels", "text", e -> RollupStore.textArray(e.getKey().labels())),
                new Column("deleted", "boolean", e -> e.getKey().deleted()),
                new Column("level", "integer", e -> e.getKey().level()),
                new Column("category", "text", e -> e.getKey().category()),
                new Column("points", "numeric", e -> plain(e.getKey().points())),
                new Column("t_original", "bigint", e -> e.getKey().timeOriginal()),
                new Column("t_remaining", "bigint", e -> e.getKey().timeRemaining()),
                new Column("t_spent", "bigint", e -> e.getKey().timeSpent()),
                new Column("blocked", "boolean", e -> e.getKey().blocked()),
                new Column("due_date", "date", e -> e.getKey().dueDate()),
                new Column("start_date", "date", e -> e.getKey().startDate()),
                new Column("resolved_on", "date", e -> e.getKey().resolvedOn())));
        for (int i = 0; i < Figures.COUNTS.size(); i++) {
            int index = i;
            c.add(new Column(Figures.COUNTS.get(i), "bigint", e -> e.getValue().counts[index]));
        }
        c.add(new Column("pts_total", "numeric", e -> plain(e.getValue().pointsTotal)));
        c.add(new Column("pts_done", "numeric", e -> plain(e.getValue().pointsDone)));
        return List.copyOf(c);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String sql() {
        List<String> names = COLUMNS.stream().map(Column::name).toList();
        return "insert into rollup_node (tenant_id, " + String.join(", ", names) + ")\nselect :t, "
                + String.join(", ", names.stream().map(n -> n.equals("labels") ? "cast(r.labels as text[])" : "r." + n)
                        .toList())
                + "\nfrom unnest(" + String.join(", ", COLUMNS.stream()
                        .map(c -> "cast(:" + c.name() + " as " + c.type() + "[])").toList())
                + ") as r(" + String.join(", ", names) + ")\non conflict (tenant_id, issue_id) do update set "
                + String.join(", ", names.stream().filter(n -> !n.equals("issue_id")).map(n -> n + " = excluded." + n)
                        .toList());
    }

    /** Inserts or overwrites these nodes' rows (each node once) with their descendants' sums. */
    static void save(JdbcClient db, TenantId tenant, List<Map.Entry<NodeState, Figures>> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        JdbcClient.StatementSpec spec = db.sql(SQL).param("t", tenant.value());
        for (Column c : COLUMNS) {
            spec = spec.param(c.name(), nodes.stream().map(c.value()).map(v -> Objects.toString(v, null))
                    .toArray(String[]::new));
        }
        spec.update();
    }
}
