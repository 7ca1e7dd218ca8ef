package app.keystone.risk.register;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads the register's query parameters, reporting each invalid one as a 400 field error. */
final class RiskParams {

    static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISSUE_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final Map<String, String> params;
    private final FieldErrors errors = new FieldErrors();

    RiskParams(Map<String, String> params) {
        this.params = params;
    }

    RiskFilter filter() {
        RiskFilter f = new RiskFilter(parse("programId", v -> UUID_TEXT.matcher(v).matches() ? UUID.fromString(v) : null),
                parse("projectKey", v -> InputRules.PROJECT_KEY.matcher(v).matches() ? v : null),
                parse("issueId", RiskParams::issueId), parse("rootIssueId", RiskParams::issueId),
                parse("level", v -> Level.valueOf(v)), parse("roam", v -> Roam.valueOf(v)),
                parse("status", v -> RiskStatus.valueOf(v)),
                parse("ownerAccountId", v -> v.matches("[A-Za-z0-9:_-]{1,128}") ? v : null),
                parse("overdueReview", v -> v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : null),
                parse("q", v -> v.length() <= 200 ? v.strip() : null),
                parse("category", v -> v.length() <= 60 ? v : null),
                scale("probability"), scale("impact"), scale("residualProbability"), scale("residualImpact"));
        errors.throwIfAny();
        return f;
    }

    int limit(int fallback, int max) {
        Integer limit = parse("limit", v -> v.matches("[0-9]{1,4}") && Integer.parseInt(v) >= 1
                && Integer.parseInt(v) <= max ? Integer.parseInt(v) : null);
        errors.throwIfAny();
        return limit == null ? fallback : limit;
    }

    LocalDate date(String name, LocalDate fallback) {
        LocalDate date = parse(name, LocalDate::parse);
        errors.throwIfAny();
        return date == null ? fallback : date;
    }

    private Integer scale(String name) {
        return parse(name, v -> v.matches("[1-5]") ? Integer.parseInt(v) : null);
    }

    private static Long issueId(String v) {
        return ISSUE_ID.matcher(v).matches() ? Long.parseLong(v) : null;
    }

    private <T> T parse(String name, Function<String, T> read) {
        String raw = params.get(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        T value;
        try {
            value = read.apply(raw.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            value = null;
        }
        if (value == null) {
            errors.add(name, "'" + raw + "' is not a valid value");
        }
        return value;
    }
}
