package app.keystone.sandbox.jql;

import app.keystone.sandbox.jql.JqlToken.Kind;
import java.util.ArrayList;
import java.util.List;

/** Parses one terminal clause ({@code field operator operand}) and field names for ORDER BY. */
final class ClauseParser {

    private static final String OPERATORS = " The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~',"
            + " 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
    private static final String VALUE = "either a value, list or function";

    private final JqlCursor in;

    ClauseParser(JqlCursor in) {
        this.in = in;
    }

    JqlNode terminal() {
        String field = fieldName();
        JqlOperator operator = operator(field);
        return new JqlNode.Terminal(field, operator, operand());
    }

    String fieldName() {
        JqlToken token = in.peek();
        if (token.isEof()) {
            throw JqlException.syntaxAtEnd("Expecting a field name at the end of the query.");
        }
        if (token.is(Kind.LBRACKET)) {
            throw JqlException.syntax("Expecting a field name but got '['. Did you mean 'cf['?", token);
        }
        if (!token.isText()) {
            throw JqlCursor.expecting("a field name", token, JqlCursor.surroundHint(token, "a field name"));
        }
        JqlCursor.rejectReserved(token);
        in.next();
        if (token.is(Kind.STRING) && token.text().isEmpty()) {
            throw JqlException.syntax("A field name cannot be empty.", token);
        }
        return token.is(Kind.WORD) && token.text().equalsIgnoreCase("cf") ? customFieldId() : token.text();
    }

    /** {@code cf[10016]}: Jira's way to name a custom field by its numeric id. */
    private String customFieldId() {
        in.expect(Kind.LBRACKET, "'['");
        JqlToken id = in.peek();
        if (!id.is(Kind.WORD) || !isPositiveNumber(id.text())) {
            throw JqlCursor.expecting("a custom field id (a positive number)", id);
        }
        in.next();
        in.expect(Kind.RBRACKET, "']'");
        return "cf[" + id.text() + "]";
    }

    private JqlOperator operator(String field) {
        JqlToken token = in.next();
        if (token.is(Kind.OPERATOR)) {
            return JqlOperator.bySymbol(token.text());
        }
        if (token.isKeyword("in")) {
            return JqlOperator.IN;
        }
        if (token.isKeyword("not")) {
            in.expectKeyword("in", "'IN'");
            return JqlOperator.NOT_IN;
        }
        if (token.isKeyword("is")) {
            return isOperator();
        }
        if (token.isKeyword("was") || token.isKeyword("changed")) {
            // History searches need a changelog the simulator does not keep.
            throw new JqlException("The operator '" + token.text() + "' is not supported by the '" + field
                    + "' field.");
        }
        if (token.isEof()) {
            throw JqlException.syntaxAtEnd("Expecting operator before the end of the query." + OPERATORS);
        }
        throw JqlException.syntax("Expecting operator but got '" + token.text() + "'." + OPERATORS, token);
    }

    private JqlOperator isOperator() {
        if (in.acceptKeyword("not")) {
            return JqlOperator.IS_NOT;
        }
        if (in.peek().is(Kind.BANG)) {
            throw JqlCursor.expecting("'NOT'", in.peek());
        }
        return JqlOperator.IS;
    }

    private JqlOperand operand() {
        JqlToken token = in.peek();
        if (token.isKeyword("empty") || token.isKeyword("null")) {
            in.next();
            return new JqlOperand.Empty();
        }
        if (in.accept(Kind.LPAREN)) {
            return list();
        }
        if (!token.isText()) {
            throw JqlCursor.expecting(VALUE, token, JqlCursor.surroundHint(token, "a value"));
        }
        JqlCursor.rejectReserved(token);
        in.next();
        if (in.accept(Kind.LPAREN)) {
            return function(token);
        }
        return new JqlOperand.Value(token.text(), token.is(Kind.STRING));
    }

    private JqlOperand list() {
        List<JqlOperand> items = new ArrayList<>();
        do {
            items.add(operand());
        } while (in.accept(Kind.COMMA));
        in.expect(Kind.RPAREN, "')'");
        return new JqlOperand.ListOf(items);
    }

    /** Called after {@code name(}; arguments are plain strings, as in Jira. */
    private JqlOperand function(JqlToken name) {
        if (name.text().isEmpty()) {
            throw JqlException.syntax("A function name cannot be empty.", name);
        }
        List<String> args = new ArrayList<>();
        if (in.accept(Kind.RPAREN)) {
            return new JqlOperand.Function(name.text(), args);
        }
        if (in.peek().isEof() || in.peek().is(Kind.COMMA)) {
            throw JqlCursor.expecting("')'", in.peek());
        }
        args.add(argument());
        while (!in.accept(Kind.RPAREN)) {
            JqlToken separator = in.next();
            if (!separator.is(Kind.COMMA)) {
                throw JqlCursor.expecting(separator.isEof() ? "')'" : "')' or ','", separator);
            }
            args.add(argument());
        }
        return new JqlOperand.Function(name.text(), args);
    }

    private String argument() {
        JqlToken token = in.peek();
        if (token.isEof()) {
            throw JqlException.syntaxAtEnd("Expecting a function argument at the end of the query.");
        }
        if (token.is(Kind.RPAREN)) {
            throw JqlException.syntax("Function argument must be specified.", token);
        }
        if (!token.isText()) {
            throw JqlCursor.expecting("a function argument", token, JqlCursor.surroundHint(token, "an argument"));
        }
        JqlCursor.rejectReserved(token);
        return in.next().text();
    }

    private static boolean isPositiveNumber(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return Long.parseLong(text) > 0;
    }
}
