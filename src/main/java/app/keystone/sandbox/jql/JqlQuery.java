package app.keystone.sandbox.jql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A parsed JQL query. Binding it to a {@link JqlContext} validates fields, values and functions the way
 * Jira does after parsing, so {@link #where} and {@link #orderBy} may throw {@link JqlException} too.
 */
public final class JqlQuery {

    private final JqlNode where;
    private final List<JqlSortKey> sort;

    JqlQuery(JqlNode where, List<JqlSortKey> sort) {
        this.where = where;
        this.sort = List.copyOf(sort);
    }

    /**
     * Whether the query restricts the result. {@code search/jql} and {@code approximate-count} answer 400
     * for an empty query or one that only orders.
     */
    public boolean isBounded() {
        return where != null;
    }

    /** The filter; an unbounded query matches every issue. */
    public Predicate<JqlIssue> where(JqlContext context) {
        return where == null ? issue -> true : new ClauseBinder(context).bind(where);
    }

    /** The ordering; without ORDER BY, newest issue first (id descending), see {@link JqlOrdering}. */
    public Comparator<JqlIssue> orderBy(JqlContext context) {
        return new JqlOrdering(context).comparator(sort);
    }

    /**
     * Orders a store can page by position (after the last issue handed out) instead of by offset, because they
     * are total orders over columns it keeps: none given (newest first) and issue key, either way. Every other
     * ORDER BY is empty here and is sorted with {@link #orderBy}.
     */
    public enum SeekOrder { NEWEST_FIRST, KEY_ASC, KEY_DESC }

    public Optional<SeekOrder> seekOrder() {
        if (sort.isEmpty()) {
            return Optional.of(SeekOrder.NEWEST_FIRST);
        }
        if (sort.size() > 1) {
            return Optional.empty();
        }
        JqlSortKey key = sort.get(0);
        return switch (key.field().toLowerCase(Locale.ROOT)) {
            // the names JqlOrdering sorts by issue key (rank included: the sandbox has no board ranking)
            case "key", "issuekey", "issue", "id", "rank" -> Optional.of(
                    key.direction() == JqlSortKey.Direction.DESC ? SeekOrder.KEY_DESC : SeekOrder.KEY_ASC);
            default -> Optional.empty();
        };
    }

    /**
     * The project restrictions every match must satisfy: one set per top-level (AND-ed, not negated)
     * {@code project = x} or {@code project in (...)} clause, holding its values lower-cased as typed (key, id
     * or name). A necessary condition only, so a store may narrow its candidates by it before {@link #where}
     * decides; empty when the query does not restrict projects that way.
     */
    public List<Set<String>> projectRestrictions() {
        List<Set<String>> restrictions = new ArrayList<>();
        collect(where, restrictions);
        return restrictions;
    }

    private static void collect(JqlNode node, List<Set<String>> into) {
        if (node instanceof JqlNode.And and) {
            and.children().forEach(child -> collect(child, into));
        } else if (node instanceof JqlNode.Terminal t && t.field().equalsIgnoreCase("project")
                && (t.operator() == JqlOperator.EQUALS || t.operator() == JqlOperator.IN)) {
            Set<String> values = new LinkedHashSet<>();
            for (JqlOperand item : t.operand().flatten()) {
                if (!(item instanceof JqlOperand.Value value)) {
                    return; // EMPTY or a function: not a plain list of projects, so no restriction taken from it
                }
                values.add(value.text().toLowerCase(Locale.ROOT));
            }
            into.add(values);
        }
    }
}
