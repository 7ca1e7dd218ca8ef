package app.keystone.automation;

import app.keystone.shared.FieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a rule's parameters against its definitions; absent parameters take their defaults. */
final class RuleParams {

    private RuleParams() {
    }

    static Map<String, Object> defaults(RuleType type) {
        Map<String, Object> values = new LinkedHashMap<>();
        type.params().forEach(p -> values.put(p.name(), p.defaultValue()));
        return values;
    }

    /** The valid values of {@code sent} (an object or absent), errors reported as {@code params.<name>}. */
    static Map<String, Object> read(RuleType type, JsonNode sent, FieldErrors errors) {
        Map<String, Object> values = defaults(type);
        if (sent == null || sent.isNull() || sent.isMissingNode()) {
            return values;
        }
        if (!sent.isObject()) {
            errors.add("params", "must be an object");
            return values;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = "params." + field.getKey();
            ParamDef def = type.params().stream().filter(p -> p.name().equals(field.getKey())).findFirst()
                    .orElse(null);
            if (def == null) {
                errors.add(at, "is not a parameter of " + type.key());
                continue;
            }
            JsonNode v = field.getValue();
            if (ParamDef.BOOLEAN.equals(def.type())) {
                if (!v.isBoolean()) {
                    errors.add(at, "must be true or false");
                } else {
                    values.put(def.name(), v.booleanValue());
                }
            } else if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                errors.add(at, "must be a whole number");
            } else if (v.intValue() < def.min() || v.intValue() > def.max()) {
                errors.add(at, "must be " + def.min() + ".." + def.max());
            } else {
                values.put(def.name(), v.intValue());
            }
        }
        return values;
    }

    /** Stored values over today's definitions: a parameter added since takes its default, a removed one is dropped. */
    static Map<String, Object> stored(RuleType type, JsonNode stored) {
        FieldErrors ignored = new FieldErrors();
        return read(type, stored, ignored);
    }
}
