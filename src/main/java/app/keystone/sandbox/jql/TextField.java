package app.keystone.sandbox.jql;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A field matched by exact value: project, issue type, status, status category, labels, parent and the
 * user fields. Issue values and operands go through the same normalisation (lower-casing where Jira is
 * case-insensitive), so matching is set membership.
 */
final class TextField implements JqlField {

    private final String name;
    private final Set<JqlOperator> operators;
    private final Function<JqlIssue, Collection<String>> values;
    private final Function<JqlOperand, Optional<String>> resolver;

    /**
     * @param values   the issue's normalised values; empty means the field is EMPTY
     * @param resolver an operand's normalised value, validating it; empty when it can match nothing
     *                 (such as {@code currentUser()} for an anonymous search)
     */
    TextField(String name, Set<JqlOperator> operators, Function<JqlIssue, Collection<String>> values,
            Function<JqlOperand, Optional<String>> resolver) {
        this.name = name;
        this.operators = operators;
        this.values = values;
        this.resolver = resolver;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<JqlOperator> operators() {
        return operators;
    }

    /** Only fields that take IS can be EMPTY; the rest always have a value. */
    @Override
    public boolean supportsEmpty() {
        return operators.contains(JqlOperator.IS);
    }

    @Override
    public boolean isEmpty(JqlIssue issue) {
        return values.apply(issue).isEmpty();
    }

    @Override
    public Predicate<JqlIssue> equalTo(JqlOperand operand) {
        Optional<String> wanted = resolver.apply(operand);
        if (wanted.isEmpty()) {
            return issue -> false;
        }
        String value = wanted.get();
        return issue -> values.apply(issue).contains(value);
    }
}
