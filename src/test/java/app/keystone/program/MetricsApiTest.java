package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Manual metrics end to end, validation (400 problem+json, nothing stored), health reasons, paging, If-Match. */
class MetricsApiTest extends ProgramTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private String metrics;

    @BeforeEach
    void program() {
        metrics = "/api/programs/" + create(program("Security", "WEB")).path("id").asText() + "/metrics";
    }

    static Map<String, Object> manual(String name, String direction, Object target, Object targetDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("unit", "USD");
        body.put("direction", direction);
        body.put("targetValue", target);
        body.put("targetDate", targetDate);
        body.put("source", Map.of("type", "MANUAL"));
        return body;
    }

    private JsonNode created(Object body) {
        Reply r = call("POST", metrics, token, body, Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("ETag")).isEqualTo("\"0\"");
        return r.json();
    }

    private Reply value(String metric, Object date, Object value, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("value", value);
        if (comment != null) {
            body.put("comment", comment);
        }
        return call("POST", metrics + "/" + metric + "/samples", token, body, Map.of());
    }

    @Test
    void manualValuesMakeTheTrendAndTheStatus() {
        JsonNode cost = created(manual("Cloud cost", "DOWN_IS_GOOD", 800, TODAY.plusDays(30).toString()));
        assertThat(cost.path("status").asText()).isEqualTo("NO_DATA");
        assertThat(cost.path("current").isNull()).isTrue();
        String id = cost.path("id").asText();

        Reply first = value(id, TODAY.minusDays(30).toString(), 1000, "October invoice");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().path("value").asDouble()).isEqualTo(1000);
        assertThat(first.json().path("comment").asText()).isEqualTo("October invoice");
        assertThat(first.json().path("accountId").asText()).isEqualTo("user-1");
        // halfway to the target date the plan line is at 900: 950 is above it (down is good)
        assertThat(value(id, TODAY.toString(), 950.5, null).status()).isEqualTo(201);

        JsonNode got = get(metrics + "/" + id).json();
        assertThat(got.path("current").path("value").asDouble()).isEqualTo(950.5);
        assertThat(got.path("first").path("value").asDouble()).isEqualTo(1000);
        assertThat(got.path("status").asText()).isEqualTo("OFF_TRACK");
        assertThat(got.path("planned").asDouble()).isBetween(895.0, 905.0);
        assertThat(got.path("trend")).extracting(p -> p.path("value").asDouble()).containsExactly(1000.0, 950.5);
        JsonNode listed = get(metrics).json();
        assertThat(listed.path("items")).hasSize(1);
        assertThat(listed.path("nextCursor").isNull()).isTrue();

        JsonNode rollup = get(metrics.replace("/metrics", "/rollup")).json();
        assertThat(rollup.path("health").path("reasons")).anySatisfy(reason -> {
            assertThat(reason.path("code").asText()).isEqualTo("METRIC_OFF_TRACK");
            assertThat(reason.path("status").asText()).isEqualTo("AMBER");
            assertThat(reason.path("message").asText()).contains("Cloud cost");
        });

        assertThat(value(id, TODAY.toString(), 850, "savings plan").status()).isEqualTo(201);
        assertThat(get(metrics + "/" + id).json().path("status").asText()).isEqualTo("ON_TRACK");
    }

    @Test
    void aMissedTargetIsARedHealthReason() {
        JsonNode migrated = created(manual("Services migrated", "UP_IS_GOOD", 40, TODAY.minusDays(1).toString()));
        assertThat(value(migrated.path("id").asText(), TODAY.minusDays(10).toString(), 12, null).status()).isEqualTo(201);
        JsonNode reasons = get(metrics.replace("/metrics", "/rollup")).json().path("health").path("reasons");
        assertThat(reasons).anySatisfy(reason -> {
            assertThat(reason.path("code").asText()).isEqualTo("METRIC_TARGET_MISSED");
            assertThat(reason.path("status").asText()).isEqualTo("RED");
        });
        assertThat(get(metrics.replace("/metrics", "/rollup")).json().path("health").path("status").asText())
                .isEqualTo("RED");
    }

    @Test
    void invalidDefinitionsAre400WithEveryFieldAndStoreNothing() {
        Map<String, Object> body = manual(" ", null, 1.23456, null);
        body.put("unit", "x".repeat(41));
        assertThat(rejected(body)).containsExactlyInAnyOrder("name", "unit", "direction", "targetValue", "targetDate");
        assertThat(rejected(manual("A", "UP_IS_GOOD", 1e16, "2030-01-01"))).containsExactly("targetValue");
        assertThat(rejected(manual("A", "UP_IS_GOOD", null, "2030-01-01"))).containsExactly("targetValue");
        assertThat(rejected(manual("A", "UP_IS_GOOD", 5, "2200-01-01"))).containsExactly("targetDate");
        assertThat(rejected(source(Map.of("type", "MANUAL", "jql", "project = WEB")))).containsExactly("source.jql");
        assertThat(rejected(source(Map.of("type", "MIRROR")))).containsExactly("source.aggregate");
        assertThat(rejected(source(Map.of("type", "MIRROR", "aggregate", "COUNT", "filter",
                Map.of("statusCategories", List.of("open"), "labels", List.of("has space"))))))
                .containsExactlyInAnyOrder("source.filter.statusCategories[0]", "source.filter.labels[0]");
        assertThat(rejected(source(Map.of("type", "CYCLE_TIME", "windowDays", 3)))).containsExactly("source.windowDays");
        assertThat(rejected(source(Map.of("type", "THROUGHPUT", "statistic", "P85")))).containsExactly("source.statistic");
        assertThat(rejected(source(Map.of("type", "JQL", "jql", " ")))).containsExactly("source.jql");
        Map<String, Object> noSource = manual("A", "UP_IS_GOOD", null, null);
        noSource.remove("source");
        assertThat(rejected(noSource)).containsExactly("source");

        Map<String, Object> unknown = manual("A", "UP_IS_GOOD", null, null);
        unknown.put("colour", "red");
        assertProblem(call("POST", metrics, token, unknown, Map.of()), 400, "UNKNOWN_FIELD");
        assertProblem(call("POST", metrics, token, manual("A", "SIDEWAYS", null, null), Map.of()), 400, "INVALID_FIELD");
        assertProblem(call("POST", metrics, token, source(Map.of("type", "SQL")), Map.of()), 400, "INVALID_FIELD");
        assertThat(count("program_metric")).isZero();
        assertThat(count("program_metric_sample")).isZero();
    }

    @Test
    void badManualValuesAre400AndStoreNothing() {
        String id = created(manual("Cost", "DOWN_IS_GOOD", null, null)).path("id").asText();
        assertThat(badValue(value(id, TODAY.plusDays(1).toString(), 5, null))).containsExactly("date");
        assertThat(badValue(value(id, null, null, null))).containsExactly("date", "value");
        assertThat(badValue(value(id, TODAY.toString(), 1e15, null))).containsExactly("value");
        assertThat(badValue(value(id, TODAY.toString(), 0.00001, null))).containsExactly("value");
        assertThat(badValue(value(id, TODAY.toString(), 1, "c".repeat(2001)))).containsExactly("comment");
        assertProblem(value(id, TODAY.toString(), "lots", null), 400, "INVALID_FIELD");
        assertProblem(value(id, "yesterday", 1, null), 400, "INVALID_FIELD");
        assertProblem(call("POST", metrics + "/" + id + "/samples", token, "{\"date\":\"" + TODAY + "\",\"value\":1,"
                + "\"by\":\"me\"}", Map.of()), 400, "UNKNOWN_FIELD");
        assertThat(count("program_metric_sample")).isZero();
        // a manual metric has nothing to sample
        assertProblem(call("POST", metrics + "/" + id + "/samples:run", token, null, Map.of()), 409, "METRIC_IS_MANUAL");
    }

    @Test
    void patchMergesDeleteHonoursIfMatchAndNamesAreUniquePerProgram() {
        JsonNode cost = created(manual("Cost", "DOWN_IS_GOOD", null, null));
        String path = metrics + "/" + cost.path("id").asText();
        created(manual("Incidents", "DOWN_IS_GOOD", null, null));

        Reply renamed = call("PATCH", path, token, Map.of("name", "Cloud cost", "targetValue", 10,
                "targetDate", "2030-01-01"), Map.of("If-Match", "\"0\""));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().path("unit").asText()).isEqualTo("USD");
        assertThat(renamed.json().path("targetValue").asDouble()).isEqualTo(10);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        assertProblem(call("PATCH", path, token, Map.of("name", "x"), Map.of("If-Match", "\"0\"")), 412,
                "METRIC_VERSION_MISMATCH");
        assertProblem(call("PATCH", path, token, Map.of("name", "INCIDENTS"), Map.of()), 409, "METRIC_NAME_TAKEN");
        assertProblem(call("POST", metrics, token, manual("cloud COST", "UP_IS_GOOD", null, null), Map.of()), 409,
                "METRIC_NAME_TAKEN");
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("targetValue", null);
        assertThat(fields(patch(path, cleared))).containsExactly("targetValue");
        assertProblem(patch(path, Map.of("bogus", 1)), 400, "UNKNOWN_FIELD");
        assertThat(get(path).json().path("name").asText()).isEqualTo("Cloud cost");

        assertProblem(call("DELETE", path, token, null, Map.of("If-Match", "\"0\"")), 412, "METRIC_VERSION_MISMATCH");
        assertThat(call("DELETE", path, token, null, Map.of("If-Match", "\"1\"")).status()).isEqualTo(204);
        assertProblem(get(path), 404, "METRIC_NOT_FOUND");
        assertThat(get(metrics).json().path("items")).hasSize(1);
    }

    @Test
    void samplesArePagedOldestFirst() {
        String id = created(manual("Cost", "DOWN_IS_GOOD", null, null)).path("id").asText();
        for (int i = 5; i >= 1; i--) {
            assertThat(value(id, TODAY.minusDays(i).toString(), i, null).status()).isEqualTo(201);
        }
        JsonNode page = get(metrics + "/" + id + "/samples?limit=3").json();
        assertThat(page.path("items")).extracting(s -> s.path("value").asInt()).containsExactly(5, 4, 3);
        JsonNode rest = get(metrics + "/" + id + "/samples?limit=3&cursor=" + page.path("nextCursor").asText()).json();
        assertThat(rest.path("items")).extracting(s -> s.path("value").asInt()).containsExactly(2, 1);
        assertThat(rest.path("nextCursor").isNull()).isTrue();
        assertProblem(get(metrics + "/" + id + "/samples?cursor=nonsense"), 400, "INVALID_CURSOR");
        assertProblem(get(metrics + "/" + id + "/samples?limit=0"), 400, "VALIDATION_FAILED");
        assertProblem(get(metrics + "/not-a-uuid"), 400, "INVALID_METRIC_ID");
    }

    private List<String> badValue(Reply r) {
        assertProblem(r, 400, "VALIDATION_FAILED");
        return fields(r);
    }

    private List<String> rejected(Object body) {
        Reply r = call("POST", metrics, token, body, Map.of());
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertThat(count("program_metric")).isZero();
        return fields(r);
    }

    private static Map<String, Object> source(Map<String, Object> source) {
        Map<String, Object> body = manual("A", "UP_IS_GOOD", null, null);
        body.put("source", source);
        return body;
    }
}
