package app.keystone.sandbox.jql;

import java.time.Instant;
import java.util.Optional;

/** The JQL functions the simulator knows, and Jira's errors for unknown or misplaced ones. */
final class JqlFunctions {

    private JqlFunctions() {
    }

    /** {@code currentUser()}: the searching user, or nothing for an anonymous search. */
    static Optional<String> user(JqlOperand.Function function, String field, JqlContext context) {
        if (!isCurrentUser(function)) {
            throw reject(function, field);
        }
        requireArguments(function, 0, 0);
        return context.currentUser();
    }

    static Instant date(JqlOperand.Function function, String field, JqlContext context) {
        if (!DateFunctions.isDateFunction(function.name())) {
            throw reject(function, field);
        }
        return DateFunctions.evaluate(function, context);
    }

    static boolean isCurrentUser(JqlOperand.Function function) {
        return function.name().equalsIgnoreCase("currentUser");
    }

    /** A known function in the wrong place reads differently from one Jira has never heard of. */
    static JqlException reject(JqlOperand.Function function, String field) {
        if (isCurrentUser(function) || DateFunctions.isDateFunction(function.name())) {
            return new JqlException("A value provided by the function '" + function.name()
                    + "' is invalid for the field '" + field + "'.");
        }
        return new JqlException("Unable to find JQL function '" + function.display() + "'.");
    }

    static void requireArguments(JqlOperand.Function function, int min, int max) {
        int count = function.args().size();
        if (count >= min && count <= max) {
            return;
        }
        String expected = min == max ? "'" + min + "'" : "between '" + min + "' and '" + max + "'";
        throw new JqlException("Function '" + function.name() + "' expected " + expected
                + " arguments but received '" + count + "'.");
    }
}
