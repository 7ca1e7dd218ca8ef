package app.keystone.sandbox.jql;

import java.util.ArrayList;
import java.util.List;

/** The right-hand side of a clause: EMPTY, a single value, a function call or a (possibly nested) list. */
sealed interface JqlOperand {

    /** Lists flatten to their members, as Jira treats {@code in (a, (b, c))} like {@code in (a, b, c)}. */
    default List<JqlOperand> flatten() {
        return List.of(this);
    }

    /** How Jira quotes the operand back in messages. */
    String display();

    record Empty() implements JqlOperand {
        @Override
        public String display() {
            return "EMPTY";
        }
    }

    /** {@code quoted} matters for dates: an unquoted number is epoch milliseconds, a quoted one is not. */
    record Value(String text, boolean quoted) implements JqlOperand {
        @Override
        public String display() {
            return text;
        }
    }

    record Function(String name, List<String> args) implements JqlOperand {
        @Override
        public String display() {
            return name + "(" + String.join(", ", args) + ")";
        }
    }

    record ListOf(List<JqlOperand> items) implements JqlOperand {
        @Override
        public List<JqlOperand> flatten() {
            List<JqlOperand> flat = new ArrayList<>();
            items.forEach(item -> flat.addAll(item.flatten()));
            return flat;
        }

        @Override
        public String display() {
            List<String> shown = new ArrayList<>();
            items.forEach(item -> shown.add(item.display()));
            return "(" + String.join(", ", shown) + ")";
        }
    }
}
