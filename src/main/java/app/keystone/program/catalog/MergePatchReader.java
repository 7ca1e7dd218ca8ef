package app.keystone.program.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * Reads a merge-patch body into {@link ProgramPatch}, telling absent fields (unchanged) from {@code null} ones
 * (cleared) by the field names actually sent — record deserialisation alone cannot tell them apart.
 */
@Component
class MergePatchReader {

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

    private final ObjectMapper json;

    MergePatchReader(ObjectMapper json) {
        this.json = json;
    }

    ProgramPatch read(ObjectNode body) {
        ProgramPatch patch;
        try {
            patch = json.treeToValue(body, ProgramPatch.class);
        } catch (JsonProcessingException e) {
            // reported exactly like a body the message converter could not read (UNKNOWN_FIELD, INVALID_FIELD, ...)
            throw new HttpMessageNotReadableException("Unreadable program patch", e, READ_BODY);
        }
        return patch.onlySent(names(body), names(body.get("filter")));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
