package app.keystone.sandbox.jql;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Resolves a clause's field name (case-insensitive, with Jira's aliases) to a bound {@link JqlField}. */
final class JqlFields {

    private JqlFields() {
    }

    static JqlField resolve(String typed, JqlContext context) {
        switch (lower(typed)) {
            case "project": return project(typed, context);
            case "key": case "issuekey": case "issue": case "id": return new IssueKeyField(typed);
            case "issuetype": case "type": return named(typed, issue -> setOf(lower(issue.issueType())));
            case "status": return named(typed, issue -> setOf(lower(issue.status())));
            case "statuscategory": return statusCategory(typed);
            case "labels": return labels(typed);
            case "parent": return parent(typed);
            case "assignee": return user(typed, context, JqlIssue::assigneeAccountId);
            case "reporter": return user(typed, context, JqlIssue::reporterAccountId);
            case "created": case "createddate": return date(typed, context, issue -> Optional.of(issue.created()));
            case "updated": case "updateddate": return date(typed, context, issue -> Optional.of(issue.updated()));
            case "resolved": case "resolutiondate": return date(typed, context, JqlIssue::resolved);
            case "duedate": case "due": return date(typed, context, issue -> issue.dueDate()
                    .map(day -> day.atStartOfDay(context.zone()).toInstant()));
            default: return custom(typed, context);
        }
    }

    private static JqlField project(String name, JqlContext context) {
        return new TextField(name, JqlOperator.EQUALITY,
                issue -> setOf(lower(issue.projectKey()), issue.projectId(), lower(issue.projectName())),
                literal(name, value -> {
                    if (!context.projectExists().test(value)) {
                        throw isNumber(value)
                                ? new JqlException("A value with ID '" + value + "' does not exist for the field '"
                                        + name + "'.")
                                : JqlException.unknownValue(name, value);
                    }
                    return lower(value);
                }));
    }

    /** Issue type and status: with no catalogue to validate names against, unknown names match nothing. */
    private static JqlField named(String name, Function<JqlIssue, Set<String>> values) {
        return new TextField(name, JqlOperator.EQUALITY, values::apply, literal(name, JqlFields::lower));
    }

    private static JqlField statusCategory(String name) {
        return new TextField(name, JqlOperator.EQUALITY, issue -> setOf(lower(issue.statusCategoryKey())),
                literal(name, value -> StatusCategories.keyOf(value)
                        .orElseThrow(() -> JqlException.unknownValue(name, value))));
    }

    /** Jira searches labels case-insensitively (its index folds them). */
    private static JqlField labels(String name) {
        return new TextField(name, JqlOperator.EQUALITY_WITH_EMPTY,
                issue -> issue.labels().stream().map(JqlFields::lower).collect(Collectors.toSet()),
                literal(name, JqlFields::lower));
    }

    private static JqlField parent(String name) {
        return new TextField(name, JqlOperator.EQUALITY_WITH_EMPTY,
                issue -> Stream.concat(issue.parentKey().map(JqlFields::lower).stream(), issue.parentId().stream())
                        .collect(Collectors.toSet()),
                literal(name, value -> lower(IssueKeyField.requireValid(value, name))));
    }

    private static JqlField user(String name, JqlContext context, Function<JqlIssue, Optional<String>> account) {
        return new TextField(name, JqlOperator.EQUALITY_WITH_EMPTY, issue -> account.apply(issue).stream()
                .collect(Collectors.toSet()), operand -> operand instanceof JqlOperand.Function function
                        ? JqlFunctions.user(function, name, context)
                        : Optional.of(((JqlOperand.Value) operand).text()));
    }

    private static JqlField date(String name, JqlContext context, Function<JqlIssue, Optional<Instant>> value) {
        return new DateField(name, context, value);
    }

    private static JqlField custom(String name, JqlContext context) {
        String fieldId = context.customFieldIds().apply(name).orElseThrow(() -> JqlException.unknownField(name));
        return new CustomField(name, fieldId, context);
    }

    /** Operands that must be literal values: any function is refused for these fields. */
    private static Function<JqlOperand, Optional<String>> literal(String name, Function<String, String> resolve) {
        return operand -> {
            if (operand instanceof JqlOperand.Function function) {
                throw JqlFunctions.reject(function, name);
            }
            return Optional.of(resolve.apply(((JqlOperand.Value) operand).text()));
        };
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    static boolean isNumber(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Unlike Set.of, tolerates a project whose name equals its key, and missing values. */
    private static Set<String> setOf(String... values) {
        return Stream.of(values).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
