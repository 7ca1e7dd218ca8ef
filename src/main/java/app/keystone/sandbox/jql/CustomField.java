package app.keystone.sandbox.jql;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A custom field named by {@code cf[n]} or its clause name. Numbers compare numerically, dates as dates and
 * anything else as case-insensitive text; a multi-value field matches when any of its values does.
 */
final class CustomField implements JqlField {

    private final String name;
    private final String fieldId;
    private final JqlContext context;

    CustomField(String name, String fieldId, JqlContext context) {
        this.name = name;
        this.fieldId = fieldId;
        this.context = context;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<JqlOperator> operators() {
        return JqlOperator.ALL_BUT_TEXT;
    }

    @Override
    public boolean supportsEmpty() {
        return true;
    }

    @Override
    public boolean isEmpty(JqlIssue issue) {
        return values(issue).isEmpty();
    }

    @Override
    public Predicate<JqlIssue> equalTo(JqlOperand operand) {
        CustomValues.Probe probe = probe(operand);
        return issue -> values(issue).stream().anyMatch(value -> probe.equalTo(value, context.zone()));
    }

    @Override
    public Predicate<JqlIssue> compared(JqlOperator operator, JqlOperand operand) {
        CustomValues.Probe probe = probe(operand);
        if (probe.number() == null && probe.date() == null) {
            throw new JqlException("Value '" + operand.display() + "' is invalid for the '" + name + "' field: it is"
                    + " neither a number nor a date.");
        }
        return issue -> values(issue).stream().anyMatch(value -> probe.compareTo(value, context.zone())
                .map(operator::accepts).orElse(false));
    }

    private List<Object> values(JqlIssue issue) {
        return CustomValues.scalars(issue.customField(fieldId));
    }

    /** The field's type is unknown until a value is read, so the operand is prepared for all of them. */
    private CustomValues.Probe probe(JqlOperand operand) {
        if (operand instanceof JqlOperand.Function function) {
            if (JqlFunctions.isCurrentUser(function)) {
                return new CustomValues.Probe(JqlFunctions.user(function, name, context).orElse(null), null, null);
            }
            return new CustomValues.Probe(null, null, JqlFunctions.date(function, name, context));
        }
        JqlOperand.Value value = (JqlOperand.Value) operand;
        return new CustomValues.Probe(value.text(), CustomValues.number(value.text()), dateOrNull(operand));
    }

    private Instant dateOrNull(JqlOperand operand) {
        try {
            return JqlDates.instant(operand, name, context);
        } catch (JqlException notADate) {
            return null;
        }
    }
}
