package app.keystone.sandbox.jql;

import java.util.List;

/** The parsed WHERE part: boolean structure over terminal clauses ({@code field operator operand}). */
sealed interface JqlNode {

    record And(List<JqlNode> children) implements JqlNode {
    }

    record Or(List<JqlNode> children) implements JqlNode {
    }

    record Not(JqlNode child) implements JqlNode {
    }

    /** {@code field} is the name as typed (Jira quotes it back that way); custom ids read {@code cf[10016]}. */
    record Terminal(String field, JqlOperator operator, JqlOperand operand) implements JqlNode {
    }
}
