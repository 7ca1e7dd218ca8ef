package app.keystone.risk.register;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The column list every risk read selects ({@code r} is the risk row), and how a row becomes a {@link StoredRisk}. */
final class RiskRows {

    static final String COLUMNS = """
            r.*,
            array(select p.program_id from risk_program p where p.risk_id = r.id order by 1) as program_ids,
            array(select p.project_key from risk_project p where p.risk_id = r.id order by 1) as project_keys,
            array(select i.issue_id from risk_issue i where i.risk_id = r.id order by 1) as issue_ids""";

    private RiskRows() {
    }

    static StoredRisk map(ResultSet rs) throws SQLException {
        RiskState state = new RiskState(rs.getString("title"), rs.getString("description"), rs.getString("category"),
                rs.getInt("probability"), rs.getInt("impact"), integer(rs, "residual_probability"),
                integer(rs, "residual_impact"), Roam.valueOf(rs.getString("roam")),
                RiskStatus.valueOf(rs.getString("status")), rs.getString("owner_account_id"),
                rs.getString("mitigation"), rs.getString("contingency"), rs.getString("trigger_text"),
                rs.getObject("review_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getString("proximity") == null ? null : Proximity.valueOf(rs.getString("proximity")),
                list(rs.getArray("program_ids"), UUID.class), list(rs.getArray("project_keys"), String.class),
                list(rs.getArray("issue_ids"), Long.class));
        return new StoredRisk(rs.getObject("id", UUID.class), state, rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static <T> List<T> list(Array array, Class<T> type) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(type::cast).toList();
    }
}
