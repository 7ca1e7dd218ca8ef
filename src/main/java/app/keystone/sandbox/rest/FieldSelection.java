package app.keystone.sandbox.rest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Jira's {@code fields} parameter: comma-separated and/or repeated ids, {@code *all} or {@code *navigable}
 * for everything, {@code -id} to leave one out. GET issue defaults to everything, search/jql to {@code id}.
 */
record FieldSelection(boolean all, Set<String> included, Set<String> excluded) {

    static FieldSelection parse(List<String> params, boolean defaultAll) {
        Set<String> included = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        boolean all = false;
        boolean any = false;
        for (String param : params == null ? List.<String>of() : params) {
            for (String raw : param.split(",")) {
                String f = raw.trim();
                if (f.isEmpty()) {
                    continue;
                }
                any = true;
                if (f.equals("*all") || f.equals("*navigable")) {
                    all = true;
                } else if (f.startsWith("-")) {
                    excluded.add(f.substring(1));
                } else {
                    included.add(f);
                }
            }
        }
        return new FieldSelection(all || (!any && defaultAll), Set.copyOf(included), Set.copyOf(excluded));
    }

    boolean includes(String field) {
        return !excluded.contains(field) && (all || included.contains(field));
    }

    /** Whether the caller asked for any field at all (search/jql then renders a {@code fields} object). */
    boolean wantsFields() {
        return all || included.stream().anyMatch(f -> !f.equals("id") && !f.equals("key"));
    }
}
