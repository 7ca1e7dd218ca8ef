package app.keystone.sandbox.jql;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Jira's three status categories by name, key and id, and their workflow order for sorting. */
final class StatusCategories {

    private static final Map<String, String> KEY_BY_VALUE = Map.of(
            "to do", "new", "new", "new", "2", "new",
            "in progress", "indeterminate", "indeterminate", "indeterminate", "4", "indeterminate",
            "done", "done", "3", "done");

    private StatusCategories() {
    }

    /** The category key for a name ("In Progress"), key ("indeterminate") or id ("4"), in any case. */
    static Optional<String> keyOf(String value) {
        return Optional.ofNullable(KEY_BY_VALUE.get(value.trim().toLowerCase(Locale.ROOT)));
    }

    /** To Do before In Progress before Done, as the statuses of a default workflow are ordered. */
    static int rank(String key) {
        switch (key == null ? "" : key.toLowerCase(Locale.ROOT)) {
            case "new": return 0;
            case "indeterminate": return 1;
            case "done": return 2;
            default: return 3;
        }
    }
}
