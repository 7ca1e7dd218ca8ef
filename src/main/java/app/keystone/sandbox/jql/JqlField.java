package app.keystone.sandbox.jql;

import java.util.Set;
import java.util.function.Predicate;

/**
 * A searchable field bound to one clause: it knows the operators it takes, what EMPTY means for it and how
 * to turn one operand into a match. Operands are resolved eagerly, so invalid values fail at bind time.
 */
interface JqlField {

    /** The name as the user typed it; Jira quotes it back verbatim in messages. */
    String name();

    Set<JqlOperator> operators();

    boolean supportsEmpty();

    boolean isEmpty(JqlIssue issue);

    /** Issues whose value equals the operand (a value or a function call, never EMPTY or a list). */
    Predicate<JqlIssue> equalTo(JqlOperand operand);

    /** Issues whose (non-empty) value satisfies the relational operator against the operand. */
    default Predicate<JqlIssue> compared(JqlOperator operator, JqlOperand operand) {
        throw JqlException.operatorNotSupported(operator, name());
    }
}
