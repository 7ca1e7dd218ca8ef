package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A register sort ({@code exposure}, {@code -exposure}, ...: a leading minus sorts descending; ties by id) and the
 * keyset cursor of a page under it. Nullable columns sort as if empty dates were far in the future, so every row has
 * a key and keyset paging stays exact.
 */
record RiskSort(String name, String expression, String type, boolean descending) {

    private static final List<RiskSort> KEYS = List.of(
            new RiskSort("exposure", "r.exposure", "smallint", false),
            new RiskSort("score", "r.score", "smallint", false),
            new RiskSort("residualScore", "coalesce(r.residual_score, 0)", "smallint", false),
            new RiskSort("title", "lower(r.title)", "text", false),
            new RiskSort("reviewDate", "coalesce(r.review_date, date '9999-12-31')", "date", false),
            new RiskSort("dueDate", "coalesce(r.due_date, date '9999-12-31')", "date", false),
            new RiskSort("createdAt", "r.created_at", "timestamptz", false),
            new RiskSort("updatedAt", "r.updated_at", "timestamptz", false));

    static final RiskSort DEFAULT = parse("-exposure");

    static RiskSort parse(String text) {
        String raw = text == null || text.isBlank() ? "-exposure" : text.strip();
        boolean desc = raw.startsWith("-");
        String name = desc ? raw.substring(1) : raw;
        return KEYS.stream().filter(k -> k.name().equals(name)).findFirst()
                .map(k -> new RiskSort(k.name(), k.expression(), k.type(), desc))
                .orElseThrow(() -> new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed",
                        "Some parameters are invalid.", List.of(new KeystoneProblem.FieldError("sort",
                        "must be one of " + String.join(", ", KEYS.stream().map(RiskSort::name).toList())
                                + ", optionally with a leading '-'"))));
    }

    String param() {
        return (descending ? "-" : "") + name;
    }

    String orderBy() {
        String dir = descending ? " desc" : "";
        return expression + dir + ", r.id" + dir;
    }

    /** Rows after the cursor's row under this sort. */
    String after() {
        String value = type.equals("timestamptz")
                ? "timestamptz 'epoch' + cast(:afterValue as bigint) * interval '1 microsecond'"
                : "cast(:afterValue as " + type + ")";
        return "(" + expression + ", r.id) " + (descending ? "<" : ">") + " (" + value + ", :afterId)";
    }

    /** The sort key of a row as cursor text: instants as exact epoch microseconds, whatever the session zone. */
    String valueText() {
        return type.equals("timestamptz") ? "(extract(epoch from " + expression + ") * 1000000)::bigint::text"
                : "(" + expression + ")::text";
    }

    /** A tampered cursor must not reach SQL as a value its cast rejects (that would be a 500). */
    private boolean parses(String value) {
        return switch (type) {
            case "smallint" -> value.matches("[0-9]{1,4}");
            case "date" -> value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && !value.startsWith("0000") && validDate(value);
            case "timestamptz" -> value.matches("-?[0-9]{1,17}");
            default -> true;
        };
    }

    private static boolean validDate(String value) {
        try {
            java.time.LocalDate.parse(value);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    record Cursor(String value, UUID id) {
    }

    String encode(String value, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((param() + "\n" + id + "\n" + value).getBytes(StandardCharsets.UTF_8));
    }

    Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", 3);
            if (parts.length == 3 && parts[0].equals(param()) && parses(parts[2])) {
                return new Cursor(parts[2], UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // falls through: not base64, or not a UUID
        }
        throw new KeystoneProblem(400, "INVALID_CURSOR", "Invalid cursor",
                "The cursor is not one Keystone handed out for sort " + param().toLowerCase(Locale.ROOT)
                        + "; start again without it.");
    }
}
