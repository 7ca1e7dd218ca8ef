package app.keystone.sandbox.hooks;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell's view of the site's webhooks (no auth, like the rest of the shell API): the outbox newest
 * first, and the unreliability switches. Errors are {@code {"error": "..."}} with 400.
 */
@RestController
@SandboxProfile
class WebhookApiController {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final SandboxWebhooks webhooks;

    WebhookApiController(SandboxWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/sandbox/api/webhooks")
    JsonNode list(@RequestParam(defaultValue = "50") int limit) {
        // a tree, so null lastStatus/subject stay present (Keystone's mapper leaves nulls out)
        return PLAIN.valueToTree(webhooks.outbox(limit));
    }

    @GetMapping("/sandbox/api/webhooks/switches")
    WebhookSwitches switches() {
        return webhooks.switches();
    }

    /** Absent keys keep their value; a value of the wrong type or out of range is a 400. */
    @PutMapping("/sandbox/api/webhooks/switches")
    ResponseEntity<Object> update(@RequestBody JsonNode body) {
        if (body == null || !body.isObject()) {
            return error("Expected a JSON object");
        }
        WebhookSwitches s = webhooks.switches();
        try {
            for (var it = body.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!List.of("duplicateShare", "delayMs", "reorder", "dropShare", "retryBackoffMs").contains(name)) {
                    return error("Unknown switch '" + name + "'");
                }
            }
            s = new WebhookSwitches(number(body, "duplicateShare", s.duplicateShare()),
                    (long) number(body, "delayMs", s.delayMs()), bool(body, "reorder", s.reorder()),
                    number(body, "dropShare", s.dropShare()), (long) number(body, "retryBackoffMs", s.retryBackoffMs()));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        webhooks.switches(s);
        return ResponseEntity.ok(s);
    }

    private static double number(JsonNode body, String name, double current) {
        if (!body.has(name)) {
            return current;
        }
        if (!body.get(name).isNumber()) {
            throw new IllegalArgumentException(name + " must be a number");
        }
        return body.get(name).asDouble();
    }

    private static boolean bool(JsonNode body, String name, boolean current) {
        if (!body.has(name)) {
            return current;
        }
        if (!body.get(name).isBoolean()) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return body.get(name).asBoolean();
    }

    private static ResponseEntity<Object> error(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        return ResponseEntity.badRequest().body(body);
    }
}
