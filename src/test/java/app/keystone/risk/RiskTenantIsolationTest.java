package app.keystone.risk;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Another site never sees, lists, counts, exports, changes, links or imports over acme's risks or settings. */
class RiskTenantIsolationTest extends RiskTestSupport {

    @Test
    void everyRiskEndpointIsScopedToTheCallersSite() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String program = program(acmeTenant, "Checkout");
        Map<String, Object> body = risk("Acme secret", 5, 5);
        body.put("issueIds", List.of("10001"));
        body.put("programIds", List.of(program));
        JsonNode acmes = create(body);
        String id = acmes.path("id").asText();
        String path = "/api/risks/" + id;

        FakeJiraSite globexSite = installed("globex");
        UUID globexTenant = tenantOf(globexSite);
        String globex = globexSite.contextToken("user-9");
        mirrored(globexTenant, 10001, "OPS-1", null);
        String before = footprint();

        for (String p : List.of(path, path + "/history", path + "/trend")) {
            assertProblem(call("GET", p, globex, null, Map.of()), 404, "RISK_NOT_FOUND");
        }
        assertProblem(call("PATCH", path, globex, Map.of("title", "Mine"), Map.of()), 404, "RISK_NOT_FOUND");
        assertProblem(call("DELETE", path, globex, null, Map.of()), 404, "RISK_NOT_FOUND");
        assertProblem(call("PUT", "/api/issues/10001/risks/" + id, globex, null, Map.of()), 404, "RISK_NOT_FOUND");
        assertProblem(call("DELETE", "/api/issues/10001/risks/" + id, globex, null, Map.of()), 404, "RISK_NOT_FOUND");
        // globex's issue 10001 is another issue: acme's risk is not linked to it
        assertThat(call("GET", "/api/issues/10001/risks", globex, null, Map.of()).json().path("items")).isEmpty();

        for (String list : List.of("/api/risks", "/api/risks/top", "/api/risks?programId=" + program,
                "/api/risks?issueId=10001")) {
            assertThat(call("GET", list, globex, null, Map.of()).json().path("items")).as(list).isEmpty();
        }
        JsonNode heat = call("GET", "/api/risks/heatmap", globex, null, Map.of()).json();
        assertThat(heat.path("inherent").get(4).get(4).asInt()).isZero();
        assertThat(call("GET", "/api/risks/exposure", globex, null, Map.of()).json().path("openCount").asInt()).isZero();
        JsonNode trend = call("GET", "/api/risks/trend", globex, null, Map.of()).json().path("items");
        assertThat(trend).allSatisfy(t -> assertThat(t.path("openCount").asInt()).isZero());
        String csv = new String(download("/api/risks/export.csv", globex), StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Acme secret");
        assertThat(download("/api/risks/export.xlsx", globex)).isNotEmpty();

        // acme's issues, program id and risk id mean nothing on globex
        mirrored(acmeTenant, 10005, "WEB-5", null);
        assertProblem(call("GET", "/api/issues/10005/risks", globex, null, Map.of()), 404, "ISSUE_NOT_FOUND");
        Map<String, Object> acmeIssue = risk("Link", 1, 1);
        acmeIssue.put("issueIds", List.of("10005"));
        acmeIssue.put("projectKeys", List.of("WEB"));
        assertThat(fields(call("POST", "/api/risks", globex, acmeIssue, Map.of())))
                .containsExactly("projectKeys[0]", "issueIds[0]");
        Map<String, Object> stealing = risk("Link", 1, 1);
        stealing.put("programIds", List.of(program));
        assertThat(fields(call("POST", "/api/risks", globex, stealing, Map.of()))).containsExactly("programIds[0]");
        Reply imported = upload("/api/risks/import", globex, ("id,title,probability,impact\n" + id + ",Mine,1,1\n")
                .getBytes(StandardCharsets.UTF_8), "text/csv");
        assertProblem(imported, 400, "VALIDATION_FAILED");
        assertThat(fields(imported)).containsExactly("rows[2].id");

        // settings are per site
        assertThat(call("PUT", "/api/settings/risk-matrix", globex, Map.of("mediumFrom", 2, "highFrom", 3,
                "criticalFrom", 4, "categories", List.of("x")), Map.of()).status()).isEqualTo(200);
        assertThat(get("/api/settings/risk-matrix").json().path("criticalFrom").asInt()).isEqualTo(15);
        assertThat(footprint()).isEqualTo(before);
        assertThat(get(path).json()).isEqualTo(acmes);
    }
}
