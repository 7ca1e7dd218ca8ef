package app.keystone.risk.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/** Reads a merge-patch body into {@link RiskPatch}, telling absent fields from {@code null} ones by the names sent. */
@Component
class RiskPatchReader {

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

    RiskPatchReader(ObjectMapper json) {
        this.json = json;
    }

    RiskPatch read(ObjectNode body) {
        RiskPatch patch;
        try {
            patch = json.treeToValue(body, RiskPatch.class);
        } catch (JsonProcessingException e) {
            // reported exactly like a body the message converter could not read (UNKNOWN_FIELD, INVALID_FIELD, ...)
            throw new HttpMessageNotReadableException("Unreadable risk patch", e, READ_BODY);
        }
        Set<String> names = new HashSet<>();
        body.fieldNames().forEachRemaining(names::add);
        return patch.onlySent(names);
    }
}
