package app.keystone.sandbox.jql;

import java.util.Comparator;
import java.util.List;
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
}
