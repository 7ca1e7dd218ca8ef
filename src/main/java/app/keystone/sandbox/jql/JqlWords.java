package app.keystone.sandbox.jql;

import java.util.Locale;
import java.util.Set;

/**
 * JQL's keywords and Jira's reserved words. Jira refuses an unquoted reserved word anywhere in a query,
 * so the simulator does too: a query that works here must also work on a real site.
 */
final class JqlWords {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "empty", "null", "order", "by", "asc",
            "desc", "in", "is", "was", "changed", "on", "after", "before", "during", "from", "to");

    /** Copied from Jira's JqlStringSupportImpl, without the words that are valid JQL. */
    private static final Set<String> RESERVED = Set.of("abort", "access", "add", "alias", "all", "alter", "any",
            "as", "audit", "avg", "begin", "between", "boolean", "break", "byte", "catch", "char", "character",
            "check", "checkpoint", "collate", "collation", "column", "commit", "connect", "continue", "count",
            "create", "current", "date", "decimal", "declare", "decrement", "default", "defaults", "define",
            "delete", "delimiter", "difference", "distinct", "divide", "do", "double", "drop", "else", "encoding",
            "end", "equals", "escape", "exclusive", "exec", "execute", "exists", "explain", "false", "fetch",
            "file", "field", "first", "float", "for", "function", "go", "goto", "grant", "greater", "group",
            "having", "identified", "if", "immediate", "increment", "index", "initial", "inner", "inout", "input",
            "insert", "int", "integer", "intersect", "intersection", "into", "isempty", "isnull", "join", "last",
            "left", "less", "like", "limit", "lock", "long", "max", "min", "minus", "mode", "modify", "modulo",
            "more", "multiply", "next", "noaudit", "notin", "nowait", "number", "object", "of", "option",
            "outer", "output", "power", "previous", "prior", "privileges", "public", "raise", "raw", "remainder",
            "rename", "resource", "return", "returns", "revoke", "right", "row", "rowid", "rownum", "rows",
            "select", "session", "set", "share", "size", "sqrt", "start", "strict", "string", "subtract", "sum",
            "synonym", "table", "then", "trans", "transaction", "trigger", "true", "uid", "union", "unique",
            "update", "user", "validate", "values", "view", "when", "whenever", "where", "while", "with");

    private JqlWords() {
    }

    static boolean isKeyword(String word) {
        return KEYWORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isReserved(String word) {
        return RESERVED.contains(word.toLowerCase(Locale.ROOT));
    }
}
