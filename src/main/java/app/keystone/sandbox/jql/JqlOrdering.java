package app.keystone.sandbox.jql;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * ORDER BY as a comparator. EMPTY values sort as if larger than any value (last ascending, first
 * descending). Dates default to descending and everything else to ascending when no direction is given.
 * Ties, and a query without ORDER BY, fall back to issue id descending: newest first.
 */
final class JqlOrdering {

    private static final Comparator<JqlIssue> NEWEST_FIRST =
            Comparator.comparing((JqlIssue issue) -> Long.parseLong(issue.id())).reversed();

    private final JqlContext context;

    JqlOrdering(JqlContext context) {
        this.context = context;
    }

    private record SortField(Comparator<JqlIssue> ascending, boolean descendingByDefault) {
    }

    Comparator<JqlIssue> comparator(List<JqlSortKey> keys) {
        Comparator<JqlIssue> order = (a, b) -> 0;
        for (JqlSortKey key : keys) {
            SortField field = field(key.field());
            boolean descending = key.direction() == null ? field.descendingByDefault()
                    : key.direction() == JqlSortKey.Direction.DESC;
            order = order.thenComparing(descending ? field.ascending().reversed() : field.ascending());
        }
        return order.thenComparing(NEWEST_FIRST);
    }

    private SortField field(String typed) {
        switch (typed.toLowerCase(Locale.ROOT)) {
            case "key": case "issuekey": case "issue": case "id": case "rank":
                return ascending(by(issue -> IssueKeyField.parse(issue.key())));
            case "created": case "createddate": return descending(by(JqlIssue::created));
            case "updated": case "updateddate": return descending(by(JqlIssue::updated));
            case "resolved": case "resolutiondate": return descending(by(issue -> issue.resolved().orElse(null)));
            case "duedate": case "due": return ascending(by(issue -> issue.dueDate().orElse(null)));
            case "status": return ascending(by(JqlOrdering::categoryRank).thenComparing(by(issue ->
                    JqlFields.lower(issue.status()))));
            case "statuscategory": return ascending(by(JqlOrdering::categoryRank));
            case "issuetype": case "type": return ascending(by(issue -> JqlFields.lower(issue.issueType())));
            case "project": return ascending(by(issue -> JqlFields.lower(issue.projectName())));
            case "parent": return ascending(by(issue -> issue.parentKey().map(IssueKeyField::parse).orElse(null)));
            case "assignee": return ascending(by(issue -> issue.assigneeAccountId().orElse(null)));
            case "reporter": return ascending(by(issue -> issue.reporterAccountId().orElse(null)));
            case "labels": throw new JqlException("Field '" + typed + "' does not support sorting.");
            default: return custom(typed);
        }
    }

    private SortField custom(String typed) {
        String fieldId = context.customFieldIds().apply(typed).orElseThrow(() -> JqlException.unknownField(typed));
        return ascending(by(issue -> CustomValues.sortValue(issue.customField(fieldId), context.zone())));
    }

    private static Integer categoryRank(JqlIssue issue) {
        return StatusCategories.rank(issue.statusCategoryKey());
    }

    private static <T extends Comparable<? super T>> Comparator<JqlIssue> by(Function<JqlIssue, T> value) {
        return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static SortField ascending(Comparator<JqlIssue> comparator) {
        return new SortField(comparator, false);
    }

    private static SortField descending(Comparator<JqlIssue> comparator) {
        return new SortField(comparator, true);
    }
}
