package app.keystone.risk.register;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The spreadsheet columns of the register, shared by export and import so an exported file imports unchanged.
 * Computed columns (scores, levels) are exported for reading and ignored on import. Lists are {@code ;}-separated.
 */
final class RiskColumns {

    static final List<String> EDITABLE = List.of("id", "title", "description", "category", "probability", "impact",
            "residualProbability", "residualImpact", "roam", "status", "ownerAccountId", "mitigation", "contingency",
            "trigger", "reviewDate", "dueDate", "proximity", "programIds", "projectKeys", "issueKeys");
    static final List<String> COMPUTED = List.of("score", "level", "residualScore", "residualLevel", "exposure",
            "exposureLevel");
    static final List<String> ALL = java.util.stream.Stream.concat(EDITABLE.stream(), COMPUTED.stream()).toList();

    private RiskColumns() {
    }

    /** One exported row, by column name (null cells are empty). */
    static Map<String, Object> row(RiskView r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id().toString());
        row.put("title", r.title());
        row.put("description", r.description());
        row.put("category", r.category());
        row.put("probability", r.probability());
        row.put("impact", r.impact());
        row.put("residualProbability", r.residualProbability());
        row.put("residualImpact", r.residualImpact());
        row.put("roam", r.roam().name());
        row.put("status", r.status().name());
        row.put("ownerAccountId", r.ownerAccountId());
        row.put("mitigation", r.mitigation());
        row.put("contingency", r.contingency());
        row.put("trigger", r.trigger());
        row.put("reviewDate", r.reviewDate() == null ? null : r.reviewDate().toString());
        row.put("dueDate", r.dueDate() == null ? null : r.dueDate().toString());
        row.put("proximity", r.proximity() == null ? null : r.proximity().name());
        row.put("programIds", join(r.programs().stream().map(p -> p.id().toString()).toList()));
        row.put("projectKeys", join(r.projectKeys()));
        row.put("issueKeys", join(r.issues().stream().map(RiskView.IssueRef::key).filter(k -> k != null).toList()));
        row.put("score", r.score());
        row.put("level", r.level().name());
        row.put("residualScore", r.residualScore());
        row.put("residualLevel", r.residualLevel() == null ? null : r.residualLevel().name());
        row.put("exposure", r.exposure());
        row.put("exposureLevel", r.exposureLevel().name());
        return row;
    }

    /**
     * A CSV cell a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR first) gets
     * a leading apostrophe, as OWASP advises against CSV injection; {@link #fromCsv} takes it off again on import.
     */
    static Object toCsv(Object value) {
        return value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : value;
    }

    static String fromCsv(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining(";"));
    }
}
