package app.keystone.jira.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * The payload text the inbox stores. PostgreSQL's jsonb cannot hold the character U+0000, which JSON allows (a
 * summary pasted from a binary log can carry one): such a payload would fail its insert on every retry. Only then is
 * the body re-written with U+FFFD in its place — and the mirror never shows a NUL anyway.
 */
final class StorableJson {

    private static final String NUL_ESCAPE = "\\u0000";

    private StorableJson() {
    }

    static String of(String body, JsonNode parsed, ObjectMapper json) {
        if (!body.contains(NUL_ESCAPE)) {
            return body;
        }
        try {
            return json.writeValueAsString(withoutNul(parsed.deepCopy()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    private static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.textValue().replace('\0', '\uFFFD'));
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                field.setValue(withoutNul(field.getValue()));
            }
            // keys may hold a NUL too; rare enough to rebuild the object only then
            if (object.properties().stream().anyMatch(f -> f.getKey().indexOf('\0') >= 0)) {
                ObjectNode clean = object.objectNode();
                object.properties().forEach(f -> clean.set(f.getKey().replace('\0', '\uFFFD'), f.getValue()));
                return clean;
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, withoutNul(array.get(i)));
            }
        }
        return node;
    }
}
