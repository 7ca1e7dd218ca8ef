package app.keystone.automation;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.shared.KeystoneProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Reads the JSON body Jira Automation sends. Admins write it with smart values, which render as text even where a
 * number is meant ({@code "{{issue.Probability}}"}), so whole numbers are accepted as JSON numbers or digit strings.
 */
final class InboundPayload {

    private final JsonNode body;
    final FieldErrors errors = new FieldErrors();

    private InboundPayload(JsonNode body) {
        this.body = body;
    }

    /** The body as an object with only {@code allowed} fields; 400 INBOUND_PAYLOAD_INVALID otherwise. */
    static InboundPayload of(JsonNode body, Set<String> allowed) {
        if (body == null || !body.isObject()) {
            throw new KeystoneProblem(400, "INBOUND_PAYLOAD_INVALID", "Invalid payload",
                    "The body must be a JSON object; docs/automation.md shows one per rule.");
        }
        InboundPayload p = new InboundPayload(body);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                p.errors.add(name, "is not a field of this payload (allowed: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")");
            }
        }
        return p;
    }

    JsonNode node(String field) {
        return body.path(field);
    }

    /** The issue's key ({@code {{issue.key}}}) or numeric id ({@code {{issue.id}}}), as sent. */
    String issue() {
        String ref = text("issue", 64);
        if (ref == null) {
            errors.add("issue", "is required: the issue's key or id, e.g. \"{{issue.key}}\"");
        } else if (!ref.matches("[1-9][0-9]{0,17}") && !InputRules.ISSUE_KEY.matcher(ref).matches()) {
            errors.add("issue", "is neither a Jira issue key (WEB-12) nor an issue id");
        }
        return ref;
    }

    String text(String field, int max) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        String text = v.asText().strip();
        if (text.length() > max) {
            errors.add(field, "must be at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    Integer number(String field) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual() && v.asText().strip().matches("[0-9]{1,9}")) {
            return Integer.parseInt(v.asText().strip());
        }
        errors.add(field, "must be a whole number");
        return null;
    }

    void check() {
        errors.throwIfAny();
    }
}
