package app.keystone.sandbox.faults;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shell API for the fault switches. GET shows the settings and how many faults were injected; PUT changes
 * the fields it names (others keep their value; {@code seed} restarts the draws); DELETE resets everything.
 * A bad value is a 400 {@code {"error": "..."}} and changes nothing.
 */
@RestController
@SandboxProfile
class FaultsController {

    private static final String PATH = "/sandbox/api/faults";
    private static final Set<String> FIELDS = Set.of("rateLimitShare", "retryAfterSeconds", "serverErrorShare",
            "slowShare", "slowMs", "nextRateLimited", "nextServerErrors", "seed");

    private final SandboxFaults faults;

    FaultsController(SandboxFaults faults) {
        this.faults = faults;
    }

    @GetMapping(PATH)
    Map<String, Object> get() {
        return view();
    }

    @PutMapping(PATH)
    ResponseEntity<Map<String, Object>> put(@RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            return bad("the body must be a JSON object");
        }
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return bad("unknown field " + name);
            }
            if (!body.get(name).isNumber()) {
                return bad(name + " must be a number");
            }
        }
        synchronized (faults) {
            FaultSettings s = faults.settings();
            FaultSettings changed;
            try {
                changed = new FaultSettings(
                        number(body, "rateLimitShare", s.rateLimitShare()),
                        whole(body, "retryAfterSeconds", s.retryAfterSeconds()),
                        number(body, "serverErrorShare", s.serverErrorShare()),
                        number(body, "slowShare", s.slowShare()),
                        whole(body, "slowMs", s.slowMs()),
                        whole(body, "nextRateLimited", s.nextRateLimited()),
                        whole(body, "nextServerErrors", s.nextServerErrors()));
            } catch (IllegalArgumentException e) {
                return bad(e.getMessage());
            }
            faults.set(changed);
            if (body.has("seed")) {
                faults.reseed(body.get("seed").asLong());
            }
        }
        return ResponseEntity.ok(view());
    }

    @DeleteMapping(PATH)
    Map<String, Object> reset() {
        faults.reset();
        return view();
    }

    private Map<String, Object> view() {
        FaultSettings s = faults.settings();
        SandboxFaults.Counters c = faults.counters();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rateLimitShare", s.rateLimitShare());
        view.put("retryAfterSeconds", s.retryAfterSeconds());
        view.put("serverErrorShare", s.serverErrorShare());
        view.put("slowShare", s.slowShare());
        view.put("slowMs", s.slowMs());
        view.put("nextRateLimited", s.nextRateLimited());
        view.put("nextServerErrors", s.nextServerErrors());
        view.put("injected", Map.of("rateLimited", c.rateLimited(), "serverErrors", c.serverErrors(),
                "slowed", c.slowed()));
        return view;
    }

    private static double number(JsonNode body, String name, double current) {
        return body.has(name) ? body.get(name).asDouble() : current;
    }

    /** Integers only: 1.5 seconds or calls is a mistake worth a 400, not a silent truncation. */
    private static int whole(JsonNode body, String name, long current) {
        if (!body.has(name)) {
            return (int) current;
        }
        JsonNode v = body.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(name + " must be a whole number");
        }
        return v.asInt();
    }

    private static ResponseEntity<Map<String, Object>> bad(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
