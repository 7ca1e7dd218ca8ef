package app.keystone.program.metrics;

import app.keystone.jira.JiraSearch;
import app.keystone.program.metrics.MetricSource.Type;
import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Validates a metric definition (create, or the result of a merge-patch) and normalises it, or throws 400
 * VALIDATION_FAILED listing every invalid field. A JQL source is checked by Jira itself: its approximate count is
 * asked for, Jira's 400 message becomes the error of {@code source.jql}, and the count is kept as the first sample.
 */
@Component
class MetricInput {

    static final int MIN_WINDOW = 7;
    static final int MAX_WINDOW = 365;
    static final int DEFAULT_WINDOW = 28;
    private static final Set<String> CATEGORIES = Set.of("new", "indeterminate", "done");

    private final JiraSearch search;

    MetricInput(JiraSearch search) {
        this.search = search;
    }

    /** A valid definition, and the JQL count Jira gave while checking it (null for other sources). */
    record Checked(NewMetric metric, Long jqlCount) {
    }

    /** @param askJira whether a JQL source is checked with Jira (not when a PATCH left it as it was) */
    Checked check(TenantId tenant, NewMetric in, boolean askJira) {
        FieldErrors errors = new FieldErrors();
        String name = InputRules.name("name", in.name(), errors);
        String unit = InputRules.text("unit", in.unit(), 40, errors);
        if (in.direction() == null) {
            errors.add("direction", "is required (UP_IS_GOOD or DOWN_IS_GOOD)");
        }
        number("targetValue", in.targetValue(), errors);
        if ((in.targetValue() == null) != (in.targetDate() == null)) {
            errors.add(in.targetValue() == null ? "targetValue" : "targetDate",
                    "a target needs both a value and a date");
        }
        if (in.targetDate() != null && (in.targetDate().getYear() < 2000 || in.targetDate().getYear() > 2100)) {
            errors.add("targetDate", "must be between 2000 and 2100");
        }
        MetricSource source = source(in.source(), errors);
        Long count = null;
        if (askJira && source != null && source.type() == Type.JQL && !errors.has("source.jql")) {
            count = jqlCount(tenant, source.jql(), errors);
        }
        errors.throwIfAny();
        return new Checked(new NewMetric(name, unit, in.direction(), in.targetValue() == null ? null
                : in.targetValue().stripTrailingZeros(), in.targetDate(), source), count);
    }

    /** A value as stored: numeric(20, 4). */
    static void number(String field, BigDecimal value, FieldErrors errors) {
        if (value == null) {
            return;
        }
        if (value.abs().compareTo(new BigDecimal("1E15")) >= 0) {
            errors.add(field, "must be between -10^15 and 10^15");
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(field, "must have at most 4 decimal places");
        }
    }

    private static MetricSource source(MetricSource s, FieldErrors errors) {
        if (s == null || s.type() == null) {
            errors.add(s == null ? "source" : "source.type",
                    "is required (JQL, MIRROR, MANUAL, CYCLE_TIME or THROUGHPUT)");
            return null;
        }
        Type type = s.type();
        unused(s.jql() != null && type != Type.JQL, "source.jql", type, errors);
        unused((s.aggregate() != null || s.filter() != null) && type != Type.MIRROR,
                s.aggregate() != null ? "source.aggregate" : "source.filter", type, errors);
        unused(s.statistic() != null && type != Type.CYCLE_TIME, "source.statistic", type, errors);
        unused(s.windowDays() != null && type != Type.CYCLE_TIME && type != Type.THROUGHPUT, "source.windowDays", type,
                errors);
        return switch (type) {
            case JQL -> new MetricSource(type, jql(s.jql(), errors), null, null, null, null);
            case MIRROR -> new MetricSource(type, null, aggregate(s, errors), filter(s.filter(), errors), null, null);
            case MANUAL -> new MetricSource(type, null, null, null, null, null);
            case CYCLE_TIME -> new MetricSource(type, null, null, null,
                    s.statistic() == null ? MetricSource.Statistic.MEDIAN : s.statistic(), window(s, errors));
            case THROUGHPUT -> new MetricSource(type, null, null, null, null, window(s, errors));
        };
    }

    private static void unused(boolean given, String field, Type type, FieldErrors errors) {
        if (given) {
            errors.add(field, "is not used by a " + type + " source");
        }
    }

    private static String jql(String raw, FieldErrors errors) {
        String jql = raw == null ? "" : raw.strip();
        if (jql.isEmpty()) {
            errors.add("source.jql", "is required for a JQL source");
        } else if (jql.length() > 2000) {
            errors.add("source.jql", "must be at most 2000 characters");
        }
        return jql;
    }

    private static MetricSource.Aggregate aggregate(MetricSource s, FieldErrors errors) {
        if (s.aggregate() == null) {
            errors.add("source.aggregate", "is required for a MIRROR source (COUNT or ESTIMATE_SUM)");
        }
        return s.aggregate();
    }

    private static MetricSource.Filter filter(MetricSource.Filter f, FieldErrors errors) {
        if (f == null) {
            return new MetricSource.Filter(List.of(), List.of(), List.of(), null, null);
        }
        List<String> categories = InputRules.distinctSorted("source.filter.statusCategories",
                f.statusCategories() == null ? List.of() : f.statusCategories(), 3, errors, (at, value) -> {
                    if (!CATEGORIES.contains(value)) {
                        errors.add(at, "must be new, indeterminate or done");
                        return false;
                    }
                    return true;
                });
        return new MetricSource.Filter(
                InputRules.values("source.filter.labels", f.labels() == null ? List.of() : f.labels(), true, errors),
                InputRules.values("source.filter.issueTypes", f.issueTypes() == null ? List.of() : f.issueTypes(),
                        false, errors),
                categories, f.overdue(), f.blocked());
    }

    private static Integer window(MetricSource s, FieldErrors errors) {
        int days = s.windowDays() == null ? DEFAULT_WINDOW : s.windowDays();
        if (days < MIN_WINDOW || days > MAX_WINDOW) {
            errors.add("source.windowDays", "must be " + MIN_WINDOW + ".." + MAX_WINDOW);
        }
        return days;
    }

    private Long jqlCount(TenantId tenant, String jql, FieldErrors errors) {
        try {
            return search.approximateCount(tenant, jql);
        } catch (JiraSearch.JqlRejected e) {
            errors.add("source.jql", e.getMessage());
            return null;
        } catch (JiraSearch.SearchFailed e) {
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not check the JQL with Jira: " + e.getMessage() + " Try again shortly.");
        }
    }

    static boolean validDate(LocalDate date) {
        return date.getYear() >= 2000 && date.getYear() <= 2100;
    }
}
