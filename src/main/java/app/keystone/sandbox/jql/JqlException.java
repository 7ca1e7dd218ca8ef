package app.keystone.sandbox.jql;

/**
 * A JQL query that Jira would answer with HTTP 400. The message is the one Jira puts in
 * {@code errorMessages}: syntax errors carry Jira's "Error in the JQL Query:" prefix and, unless they
 * happen at the end of the query, the line and character; validation errors (unknown field, value or
 * function) carry neither, as in Jira.
 */
public class JqlException extends RuntimeException {

    private static final String PREFIX = "Error in the JQL Query: ";

    public JqlException(String message) {
        super(message);
    }

    /** A syntax error at a token: Jira counts lines and characters from 1. */
    static JqlException syntax(String message, JqlToken at) {
        return new JqlException(PREFIX + message + " (line " + at.line() + ", character " + at.column() + ")");
    }

    /** A syntax error found only when the query ran out: Jira gives no position for these. */
    static JqlException syntaxAtEnd(String message) {
        return new JqlException(PREFIX + message);
    }

    static JqlException unknownField(String field) {
        return new JqlException("Field '" + field + "' does not exist or you do not have permission to view it.");
    }

    static JqlException unknownValue(String field, String value) {
        return new JqlException("The value '" + value + "' does not exist for the field '" + field + "'.");
    }

    static JqlException operatorNotSupported(JqlOperator operator, String field) {
        return new JqlException("The operator '" + operator.display() + "' is not supported by the '" + field
                + "' field.");
    }

    static JqlException emptyNotSupported(String field) {
        return new JqlException("The field '" + field + "' does not support searching for EMPTY values.");
    }
}
