package app.keystone.sandbox.jql;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code key}, {@code issuekey}, {@code issue} and {@code id}: one clause whose values are keys or numeric
 * ids. Relational operators compare within one project by issue number, as Jira does.
 */
final class IssueKeyField implements JqlField {

        private final String name;

    IssueKeyField(String name) {
        this.name = name;
    }

    /** A parsed key; ordering by key is by project key, then numerically by issue number. */
    record Key(String project, long number) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byProject = project.compareTo(other.project);
            return byProject != 0 ? byProject : Long.compare(number, other.number);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<JqlOperator> operators() {
        return JqlOperator.EQUALITY_AND_RELATIONAL;
    }

    @Override
    public boolean supportsEmpty() {
        return false;
    }

    @Override
    public boolean isEmpty(JqlIssue issue) {
        return false;
    }

    @Override
    public Predicate<JqlIssue> equalTo(JqlOperand operand) {
        String value = requireValid(literal(operand), name);
        return JqlFields.isNumber(value) ? issue -> issue.id().equals(value)
                : issue -> issue.key().equalsIgnoreCase(value);
    }

    @Override
    public Predicate<JqlIssue> compared(JqlOperator operator, JqlOperand operand) {
        String value = requireValid(literal(operand), name);
        if (JqlFields.isNumber(value)) {
            long id = Long.parseLong(value);
            return issue -> operator.accepts(Long.compare(Long.parseLong(issue.id()), id));
        }
        Key bound = parse(value);
        return issue -> {
            Key key = parse(issue.key());
            return key != null && key.project().equals(bound.project())
                    && operator.accepts(Long.compare(key.number(), bound.number()));
        };
    }

    /** The value if it is a key or a numeric id; Jira refuses anything else before searching. */
    static String requireValid(String value, String field) {
        if (!JqlFields.isNumber(value) && parse(value) == null) {
            throw new JqlException("The issue key '" + value + "' for field '" + field + "' is invalid.");
        }
        return value;
    }

    /** {@code PROJ-123} (any case) as a {@link Key}, or null when the text is not shaped like a key. */
    static Key parse(String text) {
        int dash = text == null ? -1 : text.lastIndexOf('-');
        if (dash < 1 || dash == text.length() - 1 || text.length() - dash > 18) {
            return null;
        }
        String project = text.substring(0, dash).toUpperCase(Locale.ROOT);
        String number = text.substring(dash + 1);
        boolean projectOk = Character.isLetter(project.charAt(0))
                && project.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        return projectOk && JqlFields.isNumber(number) ? new Key(project, Long.parseLong(number)) : null;
    }

    private String literal(JqlOperand operand) {
        if (operand instanceof JqlOperand.Function function) {
            throw JqlFunctions.reject(function, name);
        }
        return ((JqlOperand.Value) operand).text();
    }
}
