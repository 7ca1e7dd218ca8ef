package app.keystone.sandbox.jql;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code created}, {@code updated}, {@code resolved} and {@code duedate}. Values compare as instants; a due
 * date counts as midnight in the searching user's zone. Equality is exact, as in Jira's
 * DateEqualityQueryFactory, so {@code created = "2026-01-31"} only finds issues created at that midnight.
 */
final class DateField implements JqlField {

        private final String name;
    private final JqlContext context;
    private final Function<JqlIssue, Optional<Instant>> value;

    DateField(String name, JqlContext context, Function<JqlIssue, Optional<Instant>> value) {
        this.name = name;
        this.context = context;
        this.value = value;
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
        return value.apply(issue).isEmpty();
    }

    @Override
    public Predicate<JqlIssue> equalTo(JqlOperand operand) {
        Instant wanted = JqlDates.instant(operand, name, context);
        return issue -> value.apply(issue).map(wanted::equals).orElse(false);
    }

    @Override
    public Predicate<JqlIssue> compared(JqlOperator operator, JqlOperand operand) {
        Instant bound = JqlDates.instant(operand, name, context);
        return issue -> value.apply(issue).map(at -> operator.accepts(at.compareTo(bound))).orElse(false);
    }
}
