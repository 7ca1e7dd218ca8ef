package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.SandboxTest;
import app.keystone.sandbox.data.DemoUsers;
import app.keystone.sandbox.faults.SandboxFaults;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every metric source against the simulated Jira: JQL counts through the site's search/approximate-count (with its
 * 429 switch on, and failing for good), invalid JQL refused with the site's own words, mirror counts and sums,
 * cycle time and throughput from the status history the mirror records from the site's webhooks, manual values.
 * Issues are created in WEB with a label only this run uses (and deleted afterwards), so the demo stays as seeded.
 */
class MetricsSandboxTest extends SandboxTest {

    @Autowired
    SandboxFaults faults;

    private final String label = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();
    private String admin;
    private String metrics;

    @BeforeEach
    void program() {
        sharedSecret();
        UUID tenant = demoBackfilled();
        admin = contextToken(DemoUsers.accountId(DemoUsers.ADMIN));
        Response made = sendTo("POST", "/api/programs", JSON.createObjectNode().put("name", "Metrics " + label)
                .<ObjectNode>set("projectKeys", JSON.createArrayNode().add("WEB"))
                .set("filter", JSON.createObjectNode().set("labels", JSON.createArrayNode().add(label))).toString(), admin);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        metrics = "/api/programs/" + made.json().path("id").asText() + "/metrics";
    }

    @AfterEach
    void cleanUp() {
        faults.reset();
        created.forEach(key -> sendTo("DELETE", "/sandbox/api/issues/" + key, null, null));
        sendTo("DELETE", metrics.replace("/metrics", ""), null, admin);
    }

    @Test
    void jqlCountsThroughRateLimitsAndShowTheLastErrorWhenJiraKeepsFailing() {
        String jql = "project = WEB AND labels = " + label + " AND statusCategory != Done";
        issue("Story");
        issue("Task");
        faults.reset();
        assertThat(sendTo("PUT", "/sandbox/api/faults", "{\"nextRateLimited\":3,\"retryAfterSeconds\":1}", null)
                .status()).isEqualTo(200);
        Response made = post(metrics, jqlMetric("Open findings", jql));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(faults.counters().rateLimited()).isEqualTo(3);
        assertThat(made.json().path("current").path("value").asDouble()).isEqualTo(2);
        String metric = metrics + "/" + made.json().path("id").asText();

        String third = issue("Bug");
        JsonNode sampled = post(metric + "/samples:run", null).json();
        assertThat(sampled.path("current").path("value").asDouble()).isEqualTo(3);
        assertThat(sampled.path("trend")).extracting(p -> p.path("value").asDouble()).containsExactly(2.0, 3.0);

        finish(third);
        // every call rate limited: Keystone's retries run out, the error is kept and shown, the value stays
        assertThat(sendTo("PUT", "/sandbox/api/faults", "{\"rateLimitShare\":1.0,\"retryAfterSeconds\":1}", null)
                .status()).isEqualTo(200);
        Response failed = post(metric + "/samples:run", null);
        assertThat(failed.status()).as(failed.body()).isEqualTo(502);
        assertThat(failed.json().path("code").asText()).isEqualTo("METRIC_SAMPLE_FAILED");
        faults.reset();
        JsonNode shown = read(metric);
        assertThat(shown.path("lastError").path("message").asText()).contains("429");
        assertThat(shown.path("current").path("value").asDouble()).isEqualTo(3);

        JsonNode recovered = post(metric + "/samples:run", null).json();
        assertThat(recovered.path("current").path("value").asDouble()).isEqualTo(2);
        assertThat(recovered.path("lastError").isNull()).isTrue();
    }

    @Test
    void invalidJqlIsRefusedWithJirasMessageAndNothingIsStored() {
        String bad = "project = WEB AND labels ==";
        String jiraSays = call("POST", "/rest/api/3/search/approximate-count", "{\"jql\":\"" + bad + "\"}").json()
                .path("errorMessages").get(0).asText();
        assertThat(jiraSays).isNotBlank();
        long before = db.sql("select count(*) from program_metric").query(Long.class).single();
        Response r = post(metrics, jqlMetric("Broken", bad));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("source.jql");
        assertThat(r.json().path("errors").get(0).path("message").asText()).isEqualTo(jiraSays);
        // unbounded JQL is Jira's refusal too
        Response unbounded = post(metrics, jqlMetric("Everything", "order by created"));
        assertThat(unbounded.json().path("errors").get(0).path("message").asText()).contains("Unbounded");
        assertThat(db.sql("select count(*) from program_metric").query(Long.class).single()).isEqualTo(before);
        assertThat(read(metrics).path("items")).isEmpty();
    }

    @Test
    void mirrorQueriesCountAndSumTheProgramsOwnIssues() {
        String a = issue("Story");
        String b = issue("Task");
        issue("Bug");
        patchIssue(a, "{\"storyPoints\":5,\"dueDate\":\"2020-01-01\"}");
        patchIssue(b, "{\"storyPoints\":3}");
        start(b);
        ObjectNode inProgress = mirrorMetric("In progress", "COUNT");
        ((ObjectNode) inProgress.path("source")).set("filter", JSON.createObjectNode()
                .set("statusCategories", JSON.createArrayNode().add("indeterminate")));
        ObjectNode points = mirrorMetric("Points", "ESTIMATE_SUM");
        ObjectNode overdue = mirrorMetric("Overdue", "COUNT");
        ((ObjectNode) overdue.path("source")).set("filter", JSON.createObjectNode().put("overdue", true));
        String[] paths = new String[3];
        int i = 0;
        for (ObjectNode body : List.of(inProgress, points, overdue)) {
            Response r = post(metrics, body);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            paths[i++] = metrics + "/" + r.json().path("id").asText();
        }
        // webhooks -> mirror -> rollup writer: sample until the program's members show the edits
        assertThat(awaitValue(paths[0], v -> v == 1)).isEqualTo(1);
        assertThat(awaitValue(paths[1], v -> v == 8)).isEqualTo(8);
        assertThat(awaitValue(paths[2], v -> v == 1)).isEqualTo(1);
        finish(b);
        assertThat(awaitValue(paths[0], v -> v == 0)).isEqualTo(0);
    }

    @Test
    void cycleTimeAndThroughputComeFromTheMirroredStatusHistory() {
        String a = issue("Story");
        String b = issue("Task");
        String c = issue("Bug");
        for (String key : List.of(a, b)) {
            start(key);
            finish(key);
        }
        start(c);
        List<Long> ids = List.of(id(a), id(b));
        // the mirror recorded each entry from the site's webhooks: new (first seen), in progress, done
        await(() -> db.sql("select count(*) from jira_status_category_change where issue_id in (:ids)")
                .param("ids", ids).query(Long.class).single(), n -> n == 6);
        assertThat(db.sql("select string_agg(to_category, ',' order by changed_at) from jira_status_category_change "
                + "where issue_id = :id").param("id", ids.get(0)).query(String.class).single())
                .isEqualTo("new,indeterminate,done");
        // the site worked in seconds; move the starts back to make the cycles measurable: 2 and 4 days
        shiftStart(ids.get(0), 2);
        shiftStart(ids.get(1), 4);

        ObjectNode median = body("Cycle time", "DOWN_IS_GOOD");
        median.set("source", JSON.createObjectNode().put("type", "CYCLE_TIME").put("windowDays", 14));
        ObjectNode p85 = body("Cycle time P85", "DOWN_IS_GOOD");
        p85.set("source", JSON.createObjectNode().put("type", "CYCLE_TIME").put("statistic", "P85"));
        ObjectNode throughput = body("Throughput", "UP_IS_GOOD");
        throughput.set("source", JSON.createObjectNode().put("type", "THROUGHPUT").put("windowDays", 7));
        String medianPath = metrics + "/" + post(metrics, median).json().path("id").asText();
        String p85Path = metrics + "/" + post(metrics, p85).json().path("id").asText();
        String throughputPath = metrics + "/" + post(metrics, throughput).json().path("id").asText();

        // membership arrives with the rollup writer: sample until both finished items count
        assertThat(awaitValue(throughputPath, v -> v == 2)).isEqualTo(2);
        JsonNode m = post(medianPath + "/samples:run", null).json();
        assertThat(m.path("current").path("value").asDouble()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(m.path("current").path("detail").path("issues").asInt()).isEqualTo(2);
        assertThat(m.path("current").path("detail").path("p85Days").asDouble())
                .isCloseTo(3.7, org.assertj.core.data.Offset.offset(0.01));
        assertThat(post(p85Path + "/samples:run", null).json().path("current").path("value").asDouble())
                .isCloseTo(3.7, org.assertj.core.data.Offset.offset(0.01));
        assertThat(read(medianPath).path("source").path("statistic").asText()).isEqualTo("MEDIAN");
    }

    @Test
    void manualValuesNeedNoJira() {
        ObjectNode cost = body("Cloud cost", "DOWN_IS_GOOD");
        cost.set("source", JSON.createObjectNode().put("type", "MANUAL"));
        String path = metrics + "/" + post(metrics, cost).json().path("id").asText();
        Response entered = post(path + "/samples", JSON.createObjectNode()
                .put("date", LocalDate.now(ZoneOffset.UTC).toString()).put("value", 12345.67).put("comment", "invoice"));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(read(path).path("current").path("value").asDouble()).isEqualTo(12345.67);
        assertThat(post(path + "/samples:run", null).status()).isEqualTo(409);
    }

    // ---- helpers

    private String issue(String type) {
        String typeId = db.sql("select id::text from sandbox_issue_type where name = :n").param("n", type)
                .query(String.class).single();
        Response r = sendTo("POST", "/sandbox/api/issues", JSON.createObjectNode().put("projectKey", "WEB")
                .put("typeId", typeId).put("summary", "Metric " + type).put("actor", actor()).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String key = r.json().path("key").asText();
        created.add(key);
        patchIssue(key, "{\"labels\":[\"" + label + "\"]}");
        return key;
    }

    /** In progress, and mirrored as such before anything else happens to the issue (no state skipped). */
    private void start(String key) {
        patchIssue(key, "{\"statusId\":\"" + status("indeterminate") + "\"}");
        long id = id(key);
        await(() -> db.sql("select count(*) from jira_status_category_change where issue_id = :id "
                + "and to_category = 'indeterminate'").param("id", id).query(Long.class).single(), n -> n > 0);
    }

    private void finish(String key) {
        patchIssue(key, "{\"statusId\":\"" + status("done") + "\"}");
    }

    private void patchIssue(String key, String body) {
        ObjectNode patch = (ObjectNode) parse(body);
        patch.put("actor", actor());
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key, patch.toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private String status(String category) {
        return db.sql("select id::text from sandbox_status where category_key = :c order by id limit 1")
                .param("c", category).query(String.class).single();
    }

    private long id(String key) {
        return Long.parseLong(sendTo("GET", "/sandbox/api/issues/" + key, null, null).json().path("id").asText());
    }

    private void shiftStart(long issueId, int days) {
        db.sql("update jira_status_category_change set changed_at = changed_at - make_interval(days => :d) "
                        + "where issue_id = :id and to_category in ('indeterminate', 'new')")
                .param("d", days).param("id", issueId).update();
    }

    private static String actor() {
        return DemoUsers.ALL.get(0).accountId();
    }

    private ObjectNode jqlMetric(String name, String jql) {
        ObjectNode body = body(name, "DOWN_IS_GOOD");
        body.set("source", JSON.createObjectNode().put("type", "JQL").put("jql", jql));
        return body;
    }

    private ObjectNode mirrorMetric(String name, String aggregate) {
        ObjectNode body = body(name, "DOWN_IS_GOOD");
        body.set("source", JSON.createObjectNode().put("type", "MIRROR").put("aggregate", aggregate));
        return body;
    }

    private static ObjectNode body(String name, String direction) {
        return JSON.createObjectNode().put("name", name).put("direction", direction);
    }

    private double awaitValue(String path, Predicate<Double> done) {
        return await(() -> {
            JsonNode m = post(path + "/samples:run", null).json();
            return m.path("current").isObject() ? m.path("current").path("value").asDouble() : Double.NaN;
        }, done);
    }

    private static <T> T await(Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 40 s; last value: " + last);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }

    private Response post(String path, JsonNode body) {
        return sendTo("POST", path, body == null ? null : body.toString(), admin);
    }

    private JsonNode read(String path) {
        Response r = sendTo("GET", path, null, admin);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
