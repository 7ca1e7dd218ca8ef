package app.keystone.sandbox.jql;

import app.keystone.sandbox.jql.JqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a JQL string into tokens, tracking line and character the way Jira reports them. */
final class JqlLexer {

    /** Characters that end an unquoted word because they start another token. */
    private static final String STOP = "\"'=!<>()~,[]|&";
    /** Jira's reserved characters: legal only inside quotes or as a \\u escape. '+' is let through for offsets. */
    private static final String RESERVED = "{}*/%^$#@?;";
    private static final String VALID_ESCAPES =
            "The valid escape sequences are \\', \\\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.";

    private final String src;
    private int pos;
    private int line = 1;
    private int column = 1;

    private JqlLexer(String src) {
        this.src = src;
    }

    static List<JqlToken> tokenize(String jql) {
        JqlLexer lexer = new JqlLexer(jql);
        List<JqlToken> tokens = new ArrayList<>();
        JqlToken token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (!token.isEof());
        return tokens;
    }

    private JqlToken next() {
        while (pos < src.length() && isSpace(src.charAt(pos))) {
            advance();
        }
        if (pos >= src.length()) {
            return new JqlToken(Kind.EOF, "", line, column);
        }
        int startLine = line;
        int startColumn = column;
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return new JqlToken(Kind.STRING, quoted(c), startLine, startColumn);
        }
        Kind single = single(c);
        if (single != null) {
            advance();
            return new JqlToken(single, String.valueOf(c), startLine, startColumn);
        }
        if (STOP.indexOf(c) >= 0) {
            return symbol(startLine, startColumn);
        }
        return new JqlToken(Kind.WORD, word(), startLine, startColumn);
    }

    private static Kind single(char c) {
        switch (c) {
            case '(': return Kind.LPAREN;
            case ')': return Kind.RPAREN;
            case ',': return Kind.COMMA;
            case '[': return Kind.LBRACKET;
            case ']': return Kind.RBRACKET;
            default: return null;
        }
    }

    /** Operators, '!' (NOT), and the symbolic AND/OR Jira accepts: {@code && & || |}. */
    private JqlToken symbol(int startLine, int startColumn) {
        char c = advance();
        char after = pos < src.length() ? src.charAt(pos) : '\0';
        boolean twoChars = (c == '!' && (after == '=' || after == '~')) || ((c == '<' || c == '>') && after == '=')
                || (c == '&' && after == '&') || (c == '|' && after == '|');
        String text = twoChars ? "" + c + advance() : String.valueOf(c);
        Kind kind = c == '&' ? Kind.AND : c == '|' ? Kind.OR : text.equals("!") ? Kind.BANG : Kind.OPERATOR;
        return new JqlToken(kind, text, startLine, startColumn);
    }

    private String word() {
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (isSpace(c) || STOP.indexOf(c) >= 0) {
                break;
            }
            if (RESERVED.indexOf(c) >= 0) {
                throw JqlException.syntax("The character '" + c + "' is a reserved JQL character. You must enclose"
                        + " it in a string or use the escape '" + unicodeEscape(c) + "' instead.", here());
            }
            out.append(c == '\\' ? escape() : plain());
        }
        return out.toString();
    }

    private String quoted(char quote) {
        JqlToken opening = here();
        int contentStart = pos + 1;
        advance();
        StringBuilder out = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != quote && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            out.append(src.charAt(pos) == '\\' ? escape() : plain());
        }
        if (pos >= src.length() || src.charAt(pos) != quote) {
            // Jira quotes the rest of the query, newlines flattened, as the unfinished string.
            String rest = src.substring(contentStart).replace('\r', ' ').replace('\n', ' ');
            String shown = rest.isEmpty() ? "" : " '" + rest + "'";
            throw JqlException.syntax("The quoted string" + shown + " has not been completed.", opening);
        }
        advance();
        return out.toString();
    }

    private String plain() {
        char c = src.charAt(pos);
        if (Character.isISOControl(c)) {
            JqlToken at = here();
            throw JqlException.syntax("The character '" + String.format("U+%04X", (int) c) + "' on line " + at.line()
                    + " at position " + at.column() + " must be escaped. Use the escape '" + unicodeEscape(c)
                    + "' instead.", at);
        }
        return String.valueOf(advance());
    }

    private String escape() {
        JqlToken at = here();
        advance();
        if (pos >= src.length()) {
            throw JqlException.syntax("The escape sequence has not been completed. " + VALID_ESCAPES, at);
        }
        char c = advance();
        switch (c) {
            case '\'': case '"': case '\\': case ' ': return String.valueOf(c);
            case 't': return "\t";
            case 'n': return "\n";
            case 'r': return "\r";
            case 'u': return unicode(at);
            default: throw illegalEscape("\\" + c, at);
        }
    }

    private String unicode(JqlToken at) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < 4) {
            char c = pos < src.length() ? src.charAt(pos) : '\0';
            if (Character.digit(c, 16) < 0) {
                throw illegalEscape("\\u" + hex + (c == '\0' ? "" : String.valueOf(c)), at);
            }
            hex.append(advance());
        }
        return String.valueOf((char) Integer.parseInt(hex.toString(), 16));
    }

    private static JqlException illegalEscape(String sequence, JqlToken at) {
        return JqlException.syntax("'" + sequence + "' is an illegal JQL escape sequence. " + VALID_ESCAPES, at);
    }

    private static String unicodeEscape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    /** A zero-width marker of the current position, for error messages. */
    private JqlToken here() {
        return new JqlToken(Kind.EOF, "", line, column);
    }

    private char advance() {
        char c = src.charAt(pos++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
