package app.keystone.risk.register;

import app.keystone.shared.JsonBodies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/** Reads a merge-patch body into {@link RiskPatch}, telling absent fields from {@code null} ones by the names sent. */
@Component
class RiskPatchReader {

    private final ObjectMapper json;

    RiskPatchReader(ObjectMapper json) {
        this.json = json;
    }

    RiskPatch read(ObjectNode body) {
        return JsonBodies.read(json, body, RiskPatch.class).onlySent(JsonBodies.fieldNames(body));
    }
}
