package app.keystone.sandbox.jql;

import app.keystone.sandbox.jql.JqlToken.Kind;
import java.util.List;

/** A read position in the token list, and the "Expecting X but got Y" errors Jira words them as. */
final class JqlCursor {

    private final List<JqlToken> tokens;
    private int index;

    JqlCursor(List<JqlToken> tokens) {
        this.tokens = tokens;
    }

    JqlToken peek() {
        return tokens.get(index);
    }

    JqlToken peekAfter() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    JqlToken next() {
        JqlToken token = tokens.get(index);
        if (!token.isEof()) {
            index++;
        }
        return token;
    }

    boolean accept(Kind kind) {
        if (peek().is(kind)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    /** Consumes a token of the kind or fails with "Expecting 'what' ..." (before the end of the query at EOF). */
    JqlToken expect(Kind kind, String what) {
        if (!peek().is(kind)) {
            throw expecting(what, peek());
        }
        return next();
    }

    void expectKeyword(String keyword, String what) {
        if (!acceptKeyword(keyword)) {
            throw expecting(what, peek());
        }
    }

    static JqlException expecting(String what, JqlToken got) {
        return expecting(what, got, "");
    }

    /** {@code hint} follows the sentence when a token was found (Jira's "You must surround ..."). */
    static JqlException expecting(String what, JqlToken got, String hint) {
        if (got.isEof()) {
            return JqlException.syntaxAtEnd("Expecting " + what + " before the end of the query.");
        }
        return JqlException.syntax("Expecting " + what + " but got '" + got.text() + "'." + hint, got);
    }

    static String surroundHint(JqlToken got, String useAs) {
        return " You must surround '" + got.text() + "' in quotation marks to use it as " + useAs + ".";
    }

    /** Jira refuses its reserved words unquoted wherever a name or value is expected. */
    static void rejectReserved(JqlToken token) {
        if (token.is(Kind.WORD) && JqlWords.isReserved(token.text())) {
            throw JqlException.syntax("'" + token.text() + "' is a reserved JQL word. You must surround it in"
                    + " quotation marks to use it in a query.", token);
        }
    }
}
