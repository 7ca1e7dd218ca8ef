package app.keystone.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Field-level rules for API input shared by every module: trimming, lengths, Jira key and account id formats, list sizes. */
public final class InputRules {

    public static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    public static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}-[1-9][0-9]{0,17}");
    // Atlassian account ids are opaque but URL-safe: "5b10ac8d82e05b22cc7d4ef5", "557058:f58131cb-b67d-..."
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,128}");

    private InputRules() {
    }

    public static String name(String field, String raw, FieldErrors errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add(field, "is required");
        } else if (name.length() > 200) {
            errors.add(field, "must be at most 200 characters");
        }
        return name;
    }

    /** Optional free text: blank means none. */
    public static String text(String field, String raw, int max, FieldErrors errors) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    public static String accountId(String raw, FieldErrors errors) {
        return accountId("ownerAccountId", raw, errors);
    }

    /** An optional Atlassian account id at {@code field}: blank means none. */
    public static String accountId(String field, String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!ACCOUNT_ID.matcher(raw).matches()) {
            errors.add(field, "is not an Atlassian account id");
        }
        return raw;
    }

    public static List<String> projectKeys(List<String> raw, FieldErrors errors) {
        return distinctSorted("projectKeys", raw, 100, errors, (field, key) -> {
            if (!PROJECT_KEY.matcher(key).matches()) {
                errors.add(field, "'" + key + "' is not a Jira project key (2-10 capitals, digits or _, e.g. WEB)");
                return false;
            }
            return true;
        });
    }

    /** Labels and issue type names: non-blank, bounded; labels cannot contain spaces in Jira. */
    public static List<String> values(String field, List<String> raw, boolean isLabel, FieldErrors errors) {
        return distinctSorted(field, raw, 100, errors, (at, value) -> {
            String problem = value.isBlank() ? "must not be blank"
                    : value.length() > 255 ? "must be at most 255 characters"
                    : isLabel && value.chars().anyMatch(Character::isWhitespace) ? "a Jira label has no spaces"
                    : null;
            if (problem != null) {
                errors.add(at, problem);
            }
            return problem == null;
        });
    }

    /** Checks the list size and each element ({@code field[i]}), keeping the valid elements once, sorted. */
    public static List<String> distinctSorted(String field, List<String> raw, int max, FieldErrors errors, ElementRule rule) {
        if (raw.size() > max) {
            errors.add(field, "must have at most " + max + " entries");
            return List.of();
        }
        TreeSet<String> valid = new TreeSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = field + "[" + i + "]";
            if (raw.get(i) == null) {
                errors.add(at, "must not be null");
            } else if (rule.accept(at, raw.get(i))) {
                valid.add(raw.get(i));
            }
        }
        return new ArrayList<>(valid);
    }

    @FunctionalInterface
    public interface ElementRule {
        /** Reports what is wrong with {@code value} (at {@code field}) and answers whether it is valid. */
        boolean accept(String field, String value);
    }
}
