package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another site gets 404 from every metrics endpoint for acme's program and metric, and changes nothing. */
class MetricsTenantIsolationTest extends ProgramTestSupport {

    @Test
    void everyMetricsEndpointIsScopedByTheTokensSite() {
        String program = "/api/programs/" + create(program("Security", "WEB")).path("id").asText();
        Reply made = call("POST", program + "/metrics", token,
                MetricsApiTest.manual("Cost", "DOWN_IS_GOOD", 10, "2030-01-01"), Map.of());
        assertThat(made.status()).isEqualTo(201);
        String metric = program + "/metrics/" + made.json().path("id").asText();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(call("POST", metric + "/samples", token, Map.of("date", today, "value", 12), Map.of()).status())
                .isEqualTo(201);
        JsonNode before = get(metric).json();

        String globex = installed("globex").contextToken("globex-user");
        assertProblem(call("GET", program + "/metrics", globex, null, Map.of()), 404, "PROGRAM_NOT_FOUND");
        assertProblem(call("POST", program + "/metrics", globex, MetricsApiTest.manual("Mine", "UP_IS_GOOD", null,
                null), Map.of()), 404, "PROGRAM_NOT_FOUND");
        for (Reply r : List.of(
                call("GET", metric, globex, null, Map.of()),
                call("PATCH", metric, globex, Map.of("name", "Stolen"), Map.of()),
                call("DELETE", metric, globex, null, Map.of()),
                call("GET", metric + "/samples", globex, null, Map.of()),
                call("POST", metric + "/samples", globex, Map.of("date", today, "value", 1), Map.of()),
                call("POST", metric + "/samples:run", globex, null, Map.of()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(404);
            assertThat(r.json().path("code").asText()).as(r.toString()).isIn("PROGRAM_NOT_FOUND", "METRIC_NOT_FOUND");
        }
        assertThat(get(metric).json()).isEqualTo(before);
        assertThat(count("program_metric")).isEqualTo(1);
        assertThat(count("program_metric_sample")).isEqualTo(1);

        // globex's own program cannot reach acme's metric by id either
        String globexProgram = "/api/programs/" + call("POST", "/api/programs", globex, program("Own", "OPS"), Map.of())
                .json().path("id").asText();
        String foreign = globexProgram + "/metrics/" + made.json().path("id").asText();
        assertProblem(call("GET", foreign, globex, null, Map.of()), 404, "METRIC_NOT_FOUND");
        assertProblem(call("DELETE", foreign, globex, null, Map.of()), 404, "METRIC_NOT_FOUND");
        assertThat(call("GET", globexProgram + "/metrics", globex, null, Map.of()).json().path("items")).isEmpty();
        assertThat(count("program_metric")).isEqualTo(1);
    }
}
