package app.keystone.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Merge-patch bodies arrive as JSON trees, because which fields were sent matters (absent = unchanged, null =
 * cleared) and record binding alone cannot tell them apart. These read such a tree into a type with the same
 * problem answers as a body Spring could not read (UNKNOWN_FIELD, INVALID_FIELD, ...).
 */
public final class JsonBodies {

    private static final HttpInputMessage READ_BODY = new HttpInputMessage() {
        @Override
        public InputStream getBody() {
            return InputStream.nullInputStream();
        }

        @Override
        public HttpHeaders getHeaders() {
            return HttpHeaders.EMPTY;
        }
    };

    private JsonBodies() {
    }

    public static <T> T read(ObjectMapper json, JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new HttpMessageNotReadableException("Unreadable " + type.getSimpleName(), e, READ_BODY);
        }
    }

    /** The field names an object node carries; none for anything else (a missing or null member). */
    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
