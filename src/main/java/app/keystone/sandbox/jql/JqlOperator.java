package app.keystone.sandbox.jql;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The JQL comparison operators, with the flip Jira applies when it pushes a NOT down to a clause. */
enum JqlOperator {
    EQUALS("="), NOT_EQUALS("!="), LESS_THAN("<"), LESS_THAN_EQUALS("<="), GREATER_THAN(">"),
    GREATER_THAN_EQUALS(">="), LIKE("~"), NOT_LIKE("!~"), IN("in"), NOT_IN("not in"), IS("is"), IS_NOT("is not");

    static final Set<JqlOperator> EQUALITY = freeze(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN));
    static final Set<JqlOperator> EQUALITY_WITH_EMPTY = freeze(EnumSet.of(EQUALS, NOT_EQUALS, IN, NOT_IN, IS,
            IS_NOT));
    static final Set<JqlOperator> RELATIONAL = freeze(EnumSet.of(LESS_THAN, LESS_THAN_EQUALS, GREATER_THAN,
            GREATER_THAN_EQUALS));
    /** Issue keys: ordered, but never EMPTY. */
    static final Set<JqlOperator> EQUALITY_AND_RELATIONAL = freeze(EnumSet.complementOf(EnumSet.of(LIKE, NOT_LIKE,
            IS, IS_NOT)));
    /** Dates and custom fields: everything but text search. */
    static final Set<JqlOperator> ALL_BUT_TEXT = freeze(EnumSet.complementOf(EnumSet.of(LIKE, NOT_LIKE)));

    private final String display;

    JqlOperator(String display) {
        this.display = display;
    }

    String display() {
        return display;
    }

    private static Set<JqlOperator> freeze(Set<JqlOperator> operators) {
        return Collections.unmodifiableSet(operators);
    }

    static JqlOperator bySymbol(String symbol) {
        for (JqlOperator operator : values()) {
            if (operator.display.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    boolean isRelational() {
        return RELATIONAL.contains(this);
    }

    boolean isList() {
        return this == IN || this == NOT_IN;
    }

    boolean isEmptyCheck() {
        return this == IS || this == IS_NOT;
    }

    /** Jira's DeMorgansVisitor: {@code NOT a = b} is searched as {@code a != b}, so it never matches EMPTY. */
    JqlOperator negate() {
        switch (this) {
            case EQUALS: return NOT_EQUALS;
            case NOT_EQUALS: return EQUALS;
            case LESS_THAN: return GREATER_THAN_EQUALS;
            case LESS_THAN_EQUALS: return GREATER_THAN;
            case GREATER_THAN: return LESS_THAN_EQUALS;
            case GREATER_THAN_EQUALS: return LESS_THAN;
            case LIKE: return NOT_LIKE;
            case NOT_LIKE: return LIKE;
            case IN: return NOT_IN;
            case NOT_IN: return IN;
            case IS: return IS_NOT;
            default: return IS;
        }
    }

    /** For relational operators: does {@code compare(fieldValue, operand)} satisfy this operator? */
    boolean accepts(int comparison) {
        switch (this) {
            case LESS_THAN: return comparison < 0;
            case LESS_THAN_EQUALS: return comparison <= 0;
            case GREATER_THAN: return comparison > 0;
            case GREATER_THAN_EQUALS: return comparison >= 0;
            default: throw new IllegalStateException(this + " is not relational");
        }
    }
}
