package app.keystone.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The risk record over real HTTP: scores and levels, validation, ROAM/status rules, history and trends. */
class RiskApiTest extends RiskTestSupport {

    @Test
    void createScoresAndLevelsTheRiskAndLinksIt() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String program = program(acmeTenant, "Checkout");
        Map<String, Object> body = risk("Vendor SDK end of life", 4, 5);
        body.put("residualProbability", 2);
        body.put("residualImpact", 3);
        body.put("category", "VENDOR");
        body.put("issueIds", List.of("10001"));
        body.put("projectKeys", List.of("WEB"));
        body.put("programIds", List.of(program));
        body.put("proximity", "SHORT_TERM");
        body.put("reviewDate", "2020-01-01");

        Reply created = call("POST", "/api/risks", token, body, Map.of());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode r = created.json();
        assertThat(created.header("Location")).isEqualTo("/api/risks/" + r.path("id").asText());
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(r.path("score").asInt()).isEqualTo(20);
        assertThat(r.path("level").asText()).isEqualTo("CRITICAL");
        assertThat(r.path("residualScore").asInt()).isEqualTo(6);
        assertThat(r.path("residualLevel").asText()).isEqualTo("MEDIUM");
        assertThat(r.path("exposure").asInt()).isEqualTo(6);
        assertThat(r.path("exposureLevel").asText()).isEqualTo("MEDIUM");
        assertThat(r.path("category").asText()).isEqualTo("vendor");
        assertThat(r.path("roam").asText()).isEqualTo("OWNED");
        assertThat(r.path("status").asText()).isEqualTo("OPEN");
        assertThat(r.path("ownerAccountId").asText()).isEqualTo("user-1");
        assertThat(r.path("reviewOverdue").asBoolean()).isTrue();
        assertThat(r.path("issues").get(0).path("key").asText()).isEqualTo("WEB-1");
        assertThat(r.path("programs").get(0).path("name").asText()).isEqualTo("Checkout");
        assertThat(r.path("mitigationProgress").path("total").asInt()).isEqualTo(1);
        assertThat(r.has("contingency") && r.path("contingency").isNull()).isTrue();
        assertThat(get("/api/risks/" + r.path("id").asText()).json()).isEqualTo(r);
        // the linked issue's keystone.risk property is queued for the property writer
        assertThat(db.sql("select count(*) from issue_property_outbox where issue_id = 10001 and property_key = 'keystone.risk'").query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void everyValidationFailureIsA400NamingTheFieldAndChangesNothing() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String before = footprint();
        Map<String, Consumer<Map<String, Object>>> cases = new java.util.LinkedHashMap<>();
        cases.put("probability", b -> b.put("probability", 0));
        cases.put("probability ", b -> b.put("probability", 6));
        cases.put("impact", b -> b.put("impact", 6));
        cases.put("residualImpact", b -> b.put("residualImpact", 6));
        cases.put("title", b -> b.put("title", "x".repeat(201)));
        cases.put("title ", b -> b.put("title", "  "));
        cases.put("programIds[0]", b -> b.put("programIds", List.of("3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90")));
        cases.put("programIds[0] ", b -> b.put("programIds", List.of("not-a-program")));
        cases.put("issueIds[0]", b -> b.put("issueIds", List.of("99999")));
        cases.put("projectKeys[0]", b -> b.put("projectKeys", List.of("NOPE")));
        cases.put("category", b -> b.put("category", "weather"));
        cases.put("ownerAccountId", b -> b.put("ownerAccountId", "not an id!"));
        cases.put("status", b -> {
            b.put("roam", "RESOLVED");
            b.put("status", "OPEN");
        });
        cases.put("mitigation", b -> {
            b.put("roam", "MITIGATED");
            b.put("residualProbability", 1);
            b.put("residualImpact", 1);
        });
        cases.put("residualProbability", b -> {
            b.put("residualProbability", 5);
            b.put("residualImpact", 1);
        });
        cases.put("description", b -> b.put("description", "d".repeat(10_001)));
        for (Map.Entry<String, Consumer<Map<String, Object>>> c : cases.entrySet()) {
            Map<String, Object> body = risk("Valid", 3, 3);
            c.getValue().accept(body);
            Reply r = call("POST", "/api/risks", token, body, Map.of());
            assertProblem(r, 400, "VALIDATION_FAILED");
            assertThat(fields(r)).as(c.getKey()).containsExactly(c.getKey().strip());
            assertThat(footprint()).as(c.getKey()).isEqualTo(before);
        }
        Map<String, Object> wrongType = risk("Valid", 3, 3);
        wrongType.put("roam", "MAYBE");
        Reply r = call("POST", "/api/risks", token, wrongType, Map.of());
        assertProblem(r, 400, "INVALID_FIELD");
        assertThat(fields(r)).containsExactly("roam");
        Map<String, Object> unknown = risk("Valid", 3, 3);
        unknown.put("severity", 3);
        assertProblem(call("POST", "/api/risks", token, unknown, Map.of()), 400, "UNKNOWN_FIELD");
        assertThat(footprint()).isEqualTo(before);

        // a PATCH that fails changes nothing either: not the risk, its version, history or score log
        String id = create(risk("Kept", 2, 2)).path("id").asText();
        String saved = footprint();
        for (String bad : List.of("{\"probability\": 6}", "{\"probability\": 0}", "{\"title\": null}",
                "{\"programIds\": [\"3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90\"]}", "{\"status\": \"CLOSED\", \"roam\": \"OWNED\"}",
                "{\"residualProbability\": 3, \"residualImpact\": 1}")) {
            assertProblem(patch("/api/risks/" + id, bad), 400, "VALIDATION_FAILED");
            assertThat(footprint()).as(bad).isEqualTo(saved);
        }
        assertProblem(get("/api/risks/not-a-uuid"), 400, "INVALID_RISK_ID");
        assertProblem(get("/api/risks/3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90"), 404, "RISK_NOT_FOUND");
    }

    @Test
    void roamAndStatusFollowEachOther() {
        String id = create(risk("Rules", 3, 4)).path("id").asText();
        JsonNode closed = patch("/api/risks/" + id, "{\"status\": \"CLOSED\"}").json();
        assertThat(closed.path("roam").asText()).isEqualTo("RESOLVED");
        JsonNode reopened = patch("/api/risks/" + id, "{\"status\": \"OPEN\"}").json();
        assertThat(reopened.path("roam").asText()).isEqualTo("OWNED");
        JsonNode accepted = patch("/api/risks/" + id, "{\"roam\": \"ACCEPTED\"}").json();
        assertThat(accepted.path("status").asText()).isEqualTo("OPEN");
        JsonNode resolved = patch("/api/risks/" + id, "{\"roam\": \"RESOLVED\"}").json();
        assertThat(resolved.path("status").asText()).isEqualTo("CLOSED");
        Reply mitigated = patch("/api/risks/" + id, "{\"roam\": \"MITIGATED\"}");
        assertThat(fields(mitigated)).containsExactly("mitigation", "residualProbability");
        JsonNode ok = patch("/api/risks/" + id, "{\"roam\": \"MITIGATED\", \"mitigation\": \"Second vendor\", "
                + "\"residualProbability\": 1, \"residualImpact\": 4}").json();
        assertThat(ok.path("status").asText()).isEqualTo("OPEN");
        assertThat(ok.path("exposure").asInt()).isEqualTo(4);
        Reply noOwner = patch("/api/risks/" + id, "{\"roam\": \"OWNED\", \"ownerAccountId\": null}");
        assertThat(fields(noOwner)).containsExactly("ownerAccountId");
    }

    @Test
    void everyChangeIsInTheHistoryAndTheScoreTrend() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String id = create(risk("Tracked", 3, 3)).path("id").asText();
        String path = "/api/risks/" + id;
        Reply patched = call("PATCH", path, token, Map.of("title", "Tracked risk", "residualProbability", 2,
                "residualImpact", 2), Map.of("If-Match", "\"0\""));
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        assertProblem(call("PATCH", path, token, Map.of("title", "Lost"), Map.of("If-Match", "\"0\"")), 412,
                "RISK_VERSION_MISMATCH");
        // the same values again: no change, no history, same version
        assertThat(patch(path, Map.of("title", "Tracked risk")).json().path("version").asInt()).isEqualTo(1);
        assertThat(call("PUT", "/api/issues/10001/risks/" + id, token, null, Map.of()).status()).isEqualTo(200);
        assertThat(call("DELETE", "/api/issues/10001/risks/" + id, token, null, Map.of()).status()).isEqualTo(200);

        JsonNode history = get(path + "/history").json().path("items");
        List<String> changes = new ArrayList<>();
        history.forEach(h -> changes.add(h.path("field").asText() + ":" + h.path("from").asText(null) + "->"
                + h.path("to").asText(null)));
        assertThat(changes).containsExactly("title:null->Tracked", "probability:null->3", "impact:null->3",
                "roam:null->OWNED", "status:null->OPEN", "ownerAccountId:null->user-1",
                "title:Tracked->Tracked risk", "residualProbability:null->2", "residualImpact:null->2",
                "issueIds:null->10001", "issueIds:10001->null");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.path("accountId").asText()).isEqualTo("user-1");
            assertThat(h.path("at").asText()).isNotEmpty();
        });
        JsonNode trend = get(path + "/trend").json().path("items");
        assertThat(trend).extracting(t -> t.path("exposure").asInt()).containsExactly(9, 4, 4, 4);

        assertThat(delete(path).status()).isEqualTo(204);
        JsonNode deleted = db.sql("select field || ':' || from_value from risk_history where risk_id = ?::uuid "
                + "order by seq desc limit 1").param(id).query(String.class).optional().map(s -> (JsonNode)
                JSON.getNodeFactory().textNode(s)).orElseThrow();
        assertThat(deleted.asText()).isEqualTo("deleted:Tracked risk");
        assertProblem(get(path + "/history"), 404, "RISK_NOT_FOUND");
    }

    @Test
    void riskMatrixIsAdminEditableAndRelevelsRisks() {
        JsonNode defaults = get("/api/risks/../settings/risk-matrix".replace("/risks/..", "")).json();
        assertThat(defaults.path("mediumFrom").asInt()).isEqualTo(5);
        assertThat(defaults.path("categories")).hasSize(7);
        String id = create(risk("Relevelled", 3, 3)).path("id").asText();
        assertThat(get("/api/risks/" + id).json().path("level").asText()).isEqualTo("MEDIUM");

        Map<String, Object> matrix = new HashMap<>(Map.of("mediumFrom", 3, "highFrom", 8, "criticalFrom", 9,
                "categories", List.of("technical", "Supply chain")));
        Reply saved = call("PUT", "/api/settings/risk-matrix", token, matrix, Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("version").asInt()).isEqualTo(1);
        assertThat(get("/api/risks/" + id).json().path("level").asText()).isEqualTo("CRITICAL");
        Map<String, Object> withCategory = risk("Chips", 1, 1);
        withCategory.put("category", "supply CHAIN");
        assertThat(create(withCategory).path("category").asText()).isEqualTo("Supply chain");
        assertProblem(call("PUT", "/api/settings/risk-matrix", token, matrix, Map.of("If-Match", "\"0\"")), 412,
                "RISK_MATRIX_VERSION_MISMATCH");

        Reply bad = call("PUT", "/api/settings/risk-matrix", token, Map.of("mediumFrom", 6, "highFrom", 6,
                "criticalFrom", 30, "categories", List.of("a", "A", "")), Map.of());
        assertProblem(bad, 400, "VALIDATION_FAILED");
        assertThat(fields(bad)).containsExactly("highFrom", "criticalFrom", "categories[1]", "categories[2]");
        assertThat(get("/api/settings/risk-matrix").json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void openApiDescribesTheRiskEndpoints() {
        JsonNode paths = get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.path("/api/risks").has("post")).isTrue();
        assertThat(paths.path("/api/risks").path("get").path("parameters"))
                .extracting(p -> p.path("name").asText()).contains("programId", "level", "sort", "cursor")
                .doesNotContain("params");
        assertThat(paths.path("/api/risks/{riskId}").path("patch").path("requestBody").path("content")
                .path("application/merge-patch+json").path("schema").path("$ref").asText()).endsWith("/RiskPatch");
        for (String path : List.of("/api/risks/{riskId}/history", "/api/risks/heatmap", "/api/risks/trend",
                "/api/risks/export.csv", "/api/risks/export.xlsx", "/api/issues/{issueId}/risks",
                "/api/settings/risk-matrix")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/risks/import").has("post")).isTrue();
    }

    @Test
    void theDescriptorIndexesTheRiskPropertyForJql() {
        JsonNode modules = get("/atlassian-connect.json", null).json().path("modules").path("jiraEntityProperties");
        JsonNode index = null;
        for (JsonNode m : modules) {
            if (m.path("key").asText().equals("keystone-risk-index")) {
                index = m;
            }
        }
        assertThat(index).isNotNull();
        assertThat(index.path("entityType").asText()).isEqualTo("issue");
        JsonNode config = index.path("keyConfigurations").get(0);
        assertThat(config.path("propertyKey").asText()).isEqualTo("keystone.risk");
        assertThat(config.path("extractions")).extracting(e -> e.path("objectName").asText() + ":"
                + e.path("type").asText()).containsExactly("openCount:number", "maxScore:number", "maxLevel:string",
                "maxLevelRank:number");
    }
}
