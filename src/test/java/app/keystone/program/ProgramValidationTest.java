package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every rule answers 400 problem+json naming the field, and nothing is written. */
class ProgramValidationTest extends ProgramTestSupport {

    private Reply post(Object body) {
        return call("POST", "/api/programs", token, body, Map.of());
    }

    private List<String> rejected(Object body) {
        Reply r = post(body);
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertThat(count("program")).isZero();
        return fields(r);
    }

    @Test
    void nameIsRequiredAndBounded() {
        assertThat(rejected(Map.of("projectKeys", List.of("WEB")))).containsExactly("name");
        assertThat(rejected(program("   ", "WEB"))).containsExactly("name");
        assertThat(rejected(program("x".repeat(201), "WEB"))).containsExactly("name");
        assertThat(post(program("x".repeat(200), "WEB")).status()).isEqualTo(201);
    }

    @Test
    void projectKeysAreJiraKeysAndScopeIsNotEmpty() {
        assertThat(rejected(program("P", "WEB", "web", "W", "TOOLONGKEY1"))).containsExactly(
                "projectKeys[1]", "projectKeys[2]", "projectKeys[3]");
        assertThat(rejected(program("P"))).containsExactly("projectKeys");
        assertThat(rejected(Map.of("name", "P"))).containsExactly("projectKeys");
        String[] many = IntStream.range(0, 101).mapToObj(i -> "P" + i).toArray(String[]::new);
        assertThat(rejected(program("P", many))).containsExactly("projectKeys");
    }

    @Test
    void rootIssueKeysMustBeInTheMirror() {
        mirrored(acmeTenant, 10001, "WEB-1");
        mirrored(acmeTenant, 10002, "WEB-2");
        db.sql("update jira_issue set deleted_at = now() where issue_id = 10002").update();
        Reply r = post(Map.of("name", "P", "rootIssueKeys", List.of("WEB-1", "WEB-9", "web-1", "WEB-2")));
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertThat(fields(r)).containsExactly("rootIssueKeys[2]", "rootIssueKeys[1]", "rootIssueKeys[3]");
        assertThat(r.json().path("errors").get(1).path("message").asText())
                .isEqualTo("WEB-9 is not in Keystone's copy of Jira yet");
        assertThat(rejected(Map.of("name", "P", "projectKeys", List.of("WEB"),
                "rootIssueKeys", Collections.nCopies(501, "WEB-1")))).containsExactly("rootIssueKeys");
    }

    @Test
    void datesMilestonesFiltersAndOwnerAreChecked() {
        Map<String, Object> body = program("P", "WEB");
        body.put("startDate", "2026-12-01");
        body.put("targetDate", "2026-11-30");
        body.put("ownerAccountId", "not an id!");
        body.put("filter", Map.of("labels", List.of("two words"), "issueTypes", List.of(" ")));
        Map<String, Object> noDate = new HashMap<>(Map.of("name", "Beta"));
        body.put("milestones", List.of(noDate, Map.of("name", "beta", "date", "2026-11-01", "issueKeys",
                List.of("WEB-5")), Map.of("name", "", "date", "2026-11-02")));
        assertThat(rejected(body)).containsExactlyInAnyOrder("ownerAccountId", "filter.labels[0]",
                "filter.issueTypes[0]", "milestones[0].date", "milestones[1].name", "milestones[1].issueKeys[0]",
                "milestones[2].name", "targetDate");
    }

    @Test
    void malformedValuesAndUnknownFieldsAreRejected() {
        Map<String, Object> badDate = program("P", "WEB");
        badDate.put("targetDate", "31/12/2026");
        Reply r = post(badDate);
        assertProblem(r, 400, "INVALID_FIELD");
        assertThat(fields(r)).containsExactly("targetDate");

        Map<String, Object> unknown = program("P", "WEB");
        unknown.put("jql", "project = WEB");
        assertProblem(post(unknown), 400, "UNKNOWN_FIELD");
        Map<String, Object> overrideOnCreate = program("P", "WEB");
        overrideOnCreate.put("statusOverride", Map.of("status", "RED", "reason", "x"));
        assertProblem(post(overrideOnCreate), 400, "UNKNOWN_FIELD");
        assertThat(count("program")).isZero();

        String path = "/api/programs/" + create(program("P", "WEB")).path("id").asText();
        assertProblem(patch(path, Map.of("owner", "x")), 400, "UNKNOWN_FIELD");
        assertProblem(patch(path, Map.of("statusOverride", Map.of("status", "PURPLE", "reason", "x"))), 400,
                "INVALID_FIELD");
        assertProblem(patch(path, "{\"version\": 0}"), 400, "UNKNOWN_FIELD");
    }

    @Test
    void patchKeepsTheProgramValid() {
        String path = "/api/programs/" + create(program("P", "WEB")).path("id").asText();
        assertThat(fields(patch(path, "{\"name\": null}"))).containsExactly("name");
        assertThat(fields(patch(path, "{\"projectKeys\": null}"))).containsExactly("projectKeys");
        assertThat(fields(patch(path, Map.of("statusOverride", Map.of("status", "AMBER")))))
                .containsExactly("statusOverride.reason");
        assertThat(fields(patch(path, Map.of("statusOverride", Map.of("reason", "late")))))
                .containsExactly("statusOverride.status");
        assertThat(fields(patch(path, Map.of("startDate", "2027-01-02", "targetDate", "2027-01-01"))))
                .containsExactly("targetDate");
        assertThat(fields(patch(path, Map.of("milestones", List.of(Map.of("id",
                "00000000-0000-4000-8000-000000000000", "name", "M", "date", "2026-01-01"))))))
                .containsExactly("milestones[0].id");
        assertThat(get(path).json().path("version").asLong()).isZero();
    }

    @Test
    void namesAreUniquePerSiteIgnoringCase() {
        create(program("Checkout", "WEB"));
        String other = "/api/programs/" + create(program("Payments", "WEB")).path("id").asText();

        Reply taken = post(program("CHECKOUT", "MOB"));
        assertProblem(taken, 409, "PROGRAM_NAME_TAKEN");
        assertThat(fields(taken)).containsExactly("name");
        assertProblem(patch(other, Map.of("name", "checkout")), 409, "PROGRAM_NAME_TAKEN");
        assertThat(patch(other, Map.of("name", "PAYMENTS")).status()).isEqualTo(200);
    }

    @Test
    void programIdsInPathsMustBeUuids() {
        for (String id : List.of("123", "not-a-uuid", "1-1-1-1-1")) {
            assertProblem(get("/api/programs/" + id), 400, "INVALID_PROGRAM_ID");
            assertProblem(patch("/api/programs/" + id, Map.of("name", "x")), 400, "INVALID_PROGRAM_ID");
            assertProblem(delete("/api/programs/" + id), 400, "INVALID_PROGRAM_ID");
        }
        assertProblem(get("/api/programs/3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90"), 404, "PROGRAM_NOT_FOUND");
    }
}
