package app.keystone.program.catalog;

import app.keystone.shared.JsonBodies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * Reads a merge-patch body into {@link ProgramPatch}, telling absent fields (unchanged) from {@code null} ones
 * (cleared) by the field names actually sent, in the body and in its {@code filter}.
 */
@Component
class MergePatchReader {

    private final ObjectMapper json;

    MergePatchReader(ObjectMapper json) {
        this.json = json;
    }

    ProgramPatch read(ObjectNode body) {
        return JsonBodies.read(json, body, ProgramPatch.class)
                .onlySent(JsonBodies.fieldNames(body), JsonBodies.fieldNames(body.get("filter")));
    }
}
