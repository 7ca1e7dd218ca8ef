package app.keystone.sandbox.jql;

/**
 * One lexical unit. {@code text} is the unescaped content (without quotes for strings); line and column
 * are 1-based because Jira's messages quote them that way.
 */
record JqlToken(Kind kind, String text, int line, int column) {

    enum Kind { WORD, STRING, LPAREN, RPAREN, COMMA, LBRACKET, RBRACKET, OPERATOR, AND, OR, BANG, EOF }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isEof() {
        return kind == Kind.EOF;
    }

    /** Keywords are only ever unquoted: a quoted "and" is a plain value. */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isAnyKeyword() {
        return kind == Kind.WORD && JqlWords.isKeyword(text);
    }

    /** A word or a quoted string: something that can name a field, a value or a function. */
    boolean isText() {
        return kind == Kind.STRING || (kind == Kind.WORD && !isAnyKeyword());
    }
}
