package app.keystone.sandbox.jql;

import app.keystone.sandbox.jql.JqlSortKey.Direction;
import app.keystone.sandbox.jql.JqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the JQL subset described in {@code package-info.java}. It reports only
 * syntax errors; fields, values and functions are checked when the query is bound to a site
 * ({@link JqlQuery#where}), as Jira separates parsing from validation.
 */
public final class JqlParser {

    /** Jira's enhanced search refuses more sort fields than this. */
    static final int MAX_SORT_FIELDS = 7;

    private final JqlCursor in;
    private final ClauseParser clauses;

    private JqlParser(JqlCursor in) {
        this.in = in;
        this.clauses = new ClauseParser(in);
    }

    public static JqlQuery parse(String jql) {
        JqlCursor cursor = new JqlCursor(JqlLexer.tokenize(jql == null ? "" : jql));
        return new JqlParser(cursor).query();
    }

    private JqlQuery query() {
        JqlNode where = in.peek().isEof() || in.peek().isKeyword("order") ? null : or();
        List<JqlSortKey> sort = List.of();
        if (in.acceptKeyword("order")) {
            sort = orderBy();
        } else if (!in.peek().isEof()) {
            throw JqlCursor.expecting("either 'OR' or 'AND'", in.peek());
        }
        return new JqlQuery(where, sort);
    }

    private JqlNode or() {
        List<JqlNode> children = new ArrayList<>(List.of(and()));
        while (in.accept(Kind.OR) || in.acceptKeyword("or")) {
            children.add(and());
        }
        return children.size() == 1 ? children.get(0) : new JqlNode.Or(children);
    }

    private JqlNode and() {
        List<JqlNode> children = new ArrayList<>(List.of(not()));
        while (in.accept(Kind.AND) || in.acceptKeyword("and")) {
            children.add(not());
        }
        return children.size() == 1 ? children.get(0) : new JqlNode.And(children);
    }

    private JqlNode not() {
        if (in.accept(Kind.BANG) || in.acceptKeyword("not")) {
            return new JqlNode.Not(not());
        }
        if (in.accept(Kind.LPAREN)) {
            JqlNode inner = or();
            in.expect(Kind.RPAREN, "')'");
            return inner;
        }
        return clauses.terminal();
    }

    private List<JqlSortKey> orderBy() {
        in.expectKeyword("by", "'by'");
        List<JqlSortKey> keys = new ArrayList<>();
        do {
            keys.add(sortKey());
        } while (in.accept(Kind.COMMA));
        if (!in.peek().isEof()) {
            boolean directed = keys.get(keys.size() - 1).direction() != null;
            throw JqlCursor.expecting(directed ? "','" : "either 'ASC' or 'DESC'", in.peek());
        }
        if (keys.size() > MAX_SORT_FIELDS) {
            throw new JqlException("The ORDER BY clause names " + keys.size() + " fields but can name at most "
                    + MAX_SORT_FIELDS + ".");
        }
        return keys;
    }

    private JqlSortKey sortKey() {
        String field = clauses.fieldName();
        Direction direction = null;
        if (in.acceptKeyword("asc")) {
            direction = Direction.ASC;
        } else if (in.acceptKeyword("desc")) {
            direction = Direction.DESC;
        }
        return new JqlSortKey(field, direction);
    }
}
