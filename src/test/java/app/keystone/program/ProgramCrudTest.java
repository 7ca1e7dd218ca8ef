package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue over real HTTP: create, read, list, merge-patch, delete, ETags and paging. */
class ProgramCrudTest extends ProgramTestSupport {

    @Test
    void createGetListPatchDeleteRoundTrip() {
        mirrored(acmeTenant, 10001, "WEB-1");
        mirrored(acmeTenant, 10002, "MOB-7");
        Map<String, Object> body = program("Checkout 2.0", "WEB", "MOB", "WEB");
        body.put("description", "New checkout");
        body.put("rootIssueKeys", List.of("MOB-7", "WEB-1"));
        body.put("filter", Map.of("labels", List.of("q4"), "issueTypes", List.of("Story", "Bug")));
        body.put("startDate", "2026-10-01");
        body.put("targetDate", "2026-12-31");
        body.put("milestones", List.of(Map.of("name", "Beta", "date", "2026-11-15", "issueKeys", List.of("WEB-1"))));

        Reply created = call("POST", "/api/programs", token, body, Map.of());
        assertThat(created.status()).isEqualTo(201);
        JsonNode p = created.json();
        String id = p.path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/programs/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(p.path("name").asText()).isEqualTo("Checkout 2.0");
        assertThat(p.path("ownerAccountId").asText()).isEqualTo("user-1");
        assertThat(p.path("projectKeys").toString()).isEqualTo("[\"MOB\",\"WEB\"]");
        assertThat(p.path("rootIssues").toString())
                .isEqualTo("[{\"id\":\"10001\",\"key\":\"WEB-1\"},{\"id\":\"10002\",\"key\":\"MOB-7\"}]");
        assertThat(p.path("filter").toString()).isEqualTo("{\"labels\":[\"q4\"],\"issueTypes\":[\"Bug\",\"Story\"]}");
        assertThat(p.path("milestones").get(0).path("issueKeys").toString()).isEqualTo("[\"WEB-1\"]");
        assertThat(p.path("milestones").get(0).path("date").asText()).isEqualTo("2026-11-15");
        assertThat(p.has("statusOverride")).isTrue();
        assertThat(p.path("statusOverride").isNull()).isTrue();
        assertThat(p.path("version").asLong()).isZero();
        assertThat(p.path("createdAt").asText()).endsWith("Z");

        Reply fetched = get("/api/programs/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(p);
        assertThat(get("/api/programs").json().path("items").get(0)).isEqualTo(p);

        Reply patched = patch("/api/programs/" + id, "{\"name\": \"Checkout 3\", \"description\": null}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertThat(patched.json().path("name").asText()).isEqualTo("Checkout 3");
        assertThat(patched.json().path("description").isNull()).isTrue();
        assertThat(patched.json().path("projectKeys")).isEqualTo(p.path("projectKeys"));
        assertThat(patched.json().path("milestones")).isEqualTo(p.path("milestones"));

        assertThat(delete("/api/programs/" + id).status()).isEqualTo(204);
        assertProblem(get("/api/programs/" + id), 404, "PROGRAM_NOT_FOUND");
        assertProblem(delete("/api/programs/" + id), 404, "PROGRAM_NOT_FOUND");
        assertThat(count("program_project") + count("program_root") + count("program_milestone")).isZero();
    }

    @Test
    void mergePatchLeavesAbsentFieldsAndClearsNullOnes() {
        Map<String, Object> body = program("Migration", "WEB");
        body.put("startDate", "2026-01-01");
        body.put("filter", Map.of("labels", List.of("infra"), "issueTypes", List.of("Epic")));
        body.put("milestones", List.of(Map.of("name", "Cutover", "date", "2026-06-01")));
        JsonNode p = create(body);
        String path = "/api/programs/" + p.path("id").asText();
        String milestoneId = p.path("milestones").get(0).path("id").asText();

        JsonNode q = patch(path, Map.of("filter", Map.of("issueTypes", List.of("Story")),
                "statusOverride", Map.of("status", "RED", "reason", "Vendor slipped"),
                "milestones", List.of(Map.of("id", milestoneId, "name", "Cutover", "date", "2026-07-01"),
                        Map.of("name", "Decommission", "date", "2026-08-01")))).json();
        assertThat(q.path("filter").toString()).isEqualTo("{\"labels\":[\"infra\"],\"issueTypes\":[\"Story\"]}");
        assertThat(q.path("statusOverride").toString()).isEqualTo("{\"status\":\"RED\",\"reason\":\"Vendor slipped\"}");
        assertThat(q.path("milestones").get(0).path("id").asText()).isEqualTo(milestoneId);
        assertThat(q.path("milestones").get(0).path("date").asText()).isEqualTo("2026-07-01");
        assertThat(q.path("milestones").get(1).path("name").asText()).isEqualTo("Decommission");
        assertThat(q.path("startDate").asText()).isEqualTo("2026-01-01");

        Map<String, Object> clear = new HashMap<>();
        clear.put("filter", null);
        clear.put("statusOverride", null);
        clear.put("startDate", null);
        clear.put("ownerAccountId", null);
        JsonNode r = patch(path, clear).json();
        assertThat(r.path("filter").toString()).isEqualTo("{\"labels\":[],\"issueTypes\":[]}");
        assertThat(r.path("statusOverride").isNull()).isTrue();
        assertThat(r.path("startDate").isNull()).isTrue();
        assertThat(r.path("ownerAccountId").isNull()).isTrue();
        assertThat(r.path("name").asText()).isEqualTo("Migration");
        assertThat(r.path("milestones").size()).isEqualTo(2);
        assertThat(r.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void ifMatchRejectsAStaleVersionWith412() {
        String path = "/api/programs/" + create(program("Launch", "WEB")).path("id").asText();

        Reply first = call("PATCH", path, token, Map.of("name", "Launch A"), Map.of("If-Match", "\"0\""));
        assertThat(first.status()).isEqualTo(200);
        Reply stale = call("PATCH", path, token, Map.of("name", "Launch B"), Map.of("If-Match", "\"0\""));
        assertProblem(stale, 412, "PROGRAM_VERSION_MISMATCH");
        assertProblem(call("DELETE", path, token, null, Map.of("If-Match", "\"0\"")), 412, "PROGRAM_VERSION_MISMATCH");
        assertProblem(call("PATCH", path, token, Map.of("name", "x"), Map.of("If-Match", "v1")), 400,
                "INVALID_IF_MATCH");
        assertThat(get(path).json().path("name").asText()).isEqualTo("Launch A");

        Reply merged = call("PATCH", path, token, "{\"name\": \"Launch C\"}",
                Map.of("If-Match", "\"1\"", "Content-Type", "application/merge-patch+json"));
        assertThat(merged.status()).isEqualTo(200);
        assertThat(call("DELETE", path, token, null, Map.of("If-Match", "\"2\"")).status()).isEqualTo(204);
    }

    @Test
    void listIsSortedByNamePagedByCursorAndFilteredByQ() {
        for (String name : List.of("delta", "Alpha", "charlie", "Bravo", "echo")) {
            create(program(name, "WEB"));
        }
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = get("/api/programs?limit=2&cursor=" + cursor).json();
            page.path("items").forEach(item -> names.add(item.path("name").asText()));
            sizes.add(page.path("items").size());
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(names).containsExactly("Alpha", "Bravo", "charlie", "delta", "echo");
        assertThat(sizes).containsExactly(2, 2, 1);

        JsonNode filtered = get("/api/programs?q=HAR").json();
        assertThat(filtered.path("items").size()).isEqualTo(1);
        assertThat(filtered.path("items").get(0).path("name").asText()).isEqualTo("charlie");
        assertThat(filtered.has("nextCursor")).isTrue();
        assertThat(get("/api/programs?q=%25").json().path("items").size()).isZero();

        assertProblem(get("/api/programs?limit=0"), 400, "VALIDATION_FAILED");
        assertThat(fields(get("/api/programs?limit=201"))).containsExactly("limit");
        assertProblem(get("/api/programs?cursor=not-a-cursor"), 400, "INVALID_CURSOR");
    }

    @Test
    void rootIssuesShowTheMirrorsCurrentKey() {
        mirrored(acmeTenant, 10001, "WEB-1");
        String path = "/api/programs/" + create(Map.of("name", "Roots only", "rootIssueKeys", List.of("WEB-1")))
                .path("id").asText();
        // the issue moved to another project: same id, new key
        db.sql("update jira_issue set issue_key = 'MOB-3' where tenant_id = ? and issue_id = 10001")
                .param(acmeTenant).update();

        JsonNode p = get(path).json();
        assertThat(p.path("rootIssues").toString()).isEqualTo("[{\"id\":\"10001\",\"key\":\"MOB-3\"}]");
        assertThat(p.path("projectKeys").size()).isZero();
    }

    @Test
    void openApiDescribesTheProgramEndpoints() {
        JsonNode paths = get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.path("/api/programs").has("post")).isTrue();
        assertThat(paths.path("/api/programs").has("get")).isTrue();
        assertThat(paths.path("/api/programs/{programId}").has("patch")).isTrue();
        assertThat(paths.path("/api/programs/{programId}").has("delete")).isTrue();
        assertThat(paths.path("/api/programs/{programId}").path("patch").path("requestBody").path("content")
                .path("application/merge-patch+json").path("schema").path("$ref").asText()).endsWith("/ProgramPatch");
    }
}
