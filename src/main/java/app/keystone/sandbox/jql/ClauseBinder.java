package app.keystone.sandbox.jql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns the parsed tree into a predicate. NOT is pushed down to the clauses as Jira's DeMorgansVisitor
 * does, flipping each operator, so {@code NOT assignee = x} behaves as {@code assignee != x}: neither
 * matches an unassigned issue.
 */
final class ClauseBinder {

    private final JqlContext context;

    ClauseBinder(JqlContext context) {
        this.context = context;
    }

    Predicate<JqlIssue> bind(JqlNode node) {
        return bind(node, false);
    }

    private Predicate<JqlIssue> bind(JqlNode node, boolean negated) {
        if (node instanceof JqlNode.Not not) {
            return bind(not.child(), !negated);
        }
        if (node instanceof JqlNode.And and) {
            return combine(and.children(), negated, !negated);
        }
        if (node instanceof JqlNode.Or or) {
            return combine(or.children(), negated, negated);
        }
        return terminal((JqlNode.Terminal) node, negated);
    }

    private Predicate<JqlIssue> combine(List<JqlNode> children, boolean negated, boolean all) {
        List<Predicate<JqlIssue>> parts = new ArrayList<>();
        children.forEach(child -> parts.add(bind(child, negated)));
        return all ? issue -> parts.stream().allMatch(part -> part.test(issue))
                : issue -> parts.stream().anyMatch(part -> part.test(issue));
    }

    private Predicate<JqlIssue> terminal(JqlNode.Terminal clause, boolean negated) {
        JqlField field = JqlFields.resolve(clause.field(), context);
        validate(field, clause.operator(), clause.operand());
        JqlOperator operator = negated ? clause.operator().negate() : clause.operator();
        return build(field, operator, clause.operand());
    }

    /** Checked against the operator as written, so messages quote what the user typed. */
    private static void validate(JqlField field, JqlOperator operator, JqlOperand operand) {
        if (!field.operators().contains(operator)) {
            throw JqlException.operatorNotSupported(operator, field.name());
        }
        validateShape(field.name(), operator, operand);
        boolean hasEmpty = operand.flatten().stream().anyMatch(JqlOperand.Empty.class::isInstance);
        if (hasEmpty && !field.supportsEmpty()) {
            throw JqlException.emptyNotSupported(field.name());
        }
        if (hasEmpty && operator.isRelational()) {
            throw new JqlException("The operator '" + operator.display() + "' does not support searching for EMPTY"
                    + " values on the field '" + field.name() + "'.");
        }
    }

    /** IN needs a list (or a function), the others a single operand, and IS only takes EMPTY. */
    private static void validateShape(String name, JqlOperator operator, JqlOperand operand) {
        boolean list = operand instanceof JqlOperand.ListOf;
        String problem = null;
        if (operator.isList() && !list && !(operand instanceof JqlOperand.Function)) {
            problem = "the non-list value";
        } else if (!operator.isList() && list) {
            problem = "the list value";
        } else if (operator.isEmptyCheck() && !(operand instanceof JqlOperand.Empty)) {
            problem = "the non-empty value";
        }
        if (problem != null) {
            throw new JqlException("Operator '" + operator.display() + "' does not support " + problem + " '"
                    + operand.display() + "' for field '" + name + "'.");
        }
    }

    private static Predicate<JqlIssue> build(JqlField field, JqlOperator operator, JqlOperand operand) {
        Predicate<JqlIssue> present = issue -> !field.isEmpty(issue);
        if (operator == JqlOperator.IS) {
            return field::isEmpty;
        }
        if (operator == JqlOperator.IS_NOT) {
            return present;
        }
        if (operator.isRelational()) {
            return present.and(field.compared(operator, operand));
        }
        List<Predicate<JqlIssue>> matchers = new ArrayList<>();
        for (JqlOperand item : operand.flatten()) {
            matchers.add(item instanceof JqlOperand.Empty ? field::isEmpty : field.equalTo(item));
        }
        Predicate<JqlIssue> any = issue -> matchers.stream().anyMatch(matcher -> matcher.test(issue));
        boolean positive = operator == JqlOperator.EQUALS || operator == JqlOperator.IN;
        // Jira's negative clauses never match an issue whose field is EMPTY.
        return positive ? any : present.and(any.negate());
    }
}
