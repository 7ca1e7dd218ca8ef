package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.ApiTest;
import app.keystone.support.FakeJiraSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every RACI endpoint answers from the caller's site only: another site's programs and issues are 404 (read and
 * write), the same issue id or accountId on two sites never mixes, and "mine" lists only the caller's site.
 * Fake sites have no Jira to ask about users, so the data is written as Keystone would store it.
 */
class RaciTenantIsolationTest extends ApiTest {

    private static final String USER = "user-1";

    private UUID globexTenant;
    private String globexToken;
    private UUID acmeProgram;
    private UUID globexProgram;

    @BeforeEach
    void twoSites() {
        FakeJiraSite globex = installed("globex");
        globexTenant = tenantOf(globex);
        globexToken = globex.contextToken(USER);
        acmeProgram = program(acmeTenant, "Acme launch");
        globexProgram = program(globexTenant, "Globex launch");
        issue(acmeTenant, 10001, "WEB-1", acmeProgram);
        issue(globexTenant, 10001, "OPS-1", globexProgram);
        issue(globexTenant, 20002, "OPS-2", globexProgram);
        assign(acmeTenant, "program", acmeProgram.toString(), USER, "A");
        assign(acmeTenant, "program", acmeProgram.toString(), "user-2", "R");
        assign(acmeTenant, "issue", "10001", USER, "C");
        assign(globexTenant, "program", globexProgram.toString(), "globex-boss", "A");
        assign(globexTenant, "program", globexProgram.toString(), USER, "R");
        assign(globexTenant, "issue", "10001", USER, "I");
        assign(globexTenant, "issue", "20002", USER, "A");
    }

    @Test
    void anotherSitesScopesAreNotFoundForReadAndWrite() {
        String valid = "{\"assignments\":[{\"accountId\":\"" + USER + "\",\"role\":\"A\"},"
                + "{\"accountId\":\"" + USER + "\",\"role\":\"R\"}]}";
        assertProblem(get("/api/raci/program/" + globexProgram), 404, "PROGRAM_NOT_FOUND");
        assertProblem(call("PUT", "/api/raci/program/" + globexProgram, token, valid, Map.of()), 404,
                "PROGRAM_NOT_FOUND");
        assertProblem(call("PUT", "/api/raci/program/" + globexProgram, token, "{\"assignments\":[]}", Map.of()), 404,
                "PROGRAM_NOT_FOUND");
        assertProblem(get("/api/raci/issue/20002"), 404, "RACI_ISSUE_NOT_FOUND");
        assertProblem(call("PUT", "/api/raci/issue/20002", token, valid, Map.of()), 404, "RACI_ISSUE_NOT_FOUND");
        for (String report : List.of("gaps", "matrix", "matrix.csv")) {
            assertProblem(get("/api/raci/" + report + "?programId=" + globexProgram), 404, "PROGRAM_NOT_FOUND");
        }
        assertThat(rows(globexTenant)).isEqualTo(4);
        assertThat(call("GET", "/api/raci/program/" + globexProgram, globexToken, null, Map.of()).status())
                .isEqualTo(200);
    }

    @Test
    void theSameIssueIdAndAccountIdOnTwoSitesNeverMix() {
        JsonNode acme = get("/api/raci/issue/10001").json();
        assertThat(acme.path("scope").path("key").asText()).isEqualTo("WEB-1");
        assertThat(acme.path("own")).extracting(a -> a.path("role").asText()).containsExactly("C");
        assertThat(acme.path("effective").path("A").get(0).path("fromScope").path("id").asText())
                .isEqualTo(acmeProgram.toString());
        JsonNode globex = call("GET", "/api/raci/issue/10001", globexToken, null, Map.of()).json();
        assertThat(globex.path("scope").path("key").asText()).isEqualTo("OPS-1");
        assertThat(globex.path("effective").path("A").get(0).path("accountId").asText()).isEqualTo("globex-boss");

        JsonNode mine = get("/api/raci/mine").json();
        assertThat(mine.path("items")).extracting(i -> i.path("scope").path("type").asText() + ":"
                + i.path("scope").path("key").asText(i.path("scope").path("name").asText()))
                .containsExactly("program:Acme launch", "issue:WEB-1");
        JsonNode theirs = call("GET", "/api/raci/mine", globexToken, null, Map.of()).json();
        assertThat(theirs.path("items")).extracting(i -> i.path("scope").path("key").asText(
                i.path("scope").path("name").asText())).containsExactly("Globex launch", "OPS-1", "OPS-2");

        JsonNode matrix = get("/api/raci/matrix?programId=" + acmeProgram).json();
        assertThat(matrix.path("people")).extracting(p -> p.path("accountId").asText())
                .containsExactlyInAnyOrder(USER, "user-2");
        assertThat(get("/api/raci/gaps?programId=" + acmeProgram).json().path("items")).isEmpty();
        String csv = get("/api/raci/matrix.csv?programId=" + acmeProgram).http().body();
        assertThat(csv).contains("WEB-1").doesNotContain("OPS-");
    }

    @Test
    void badInputIsRefusedWithoutAskingJira() {
        assertProblem(get("/api/raci/project/1"), 400, "INVALID_SCOPE");
        assertProblem(get("/api/raci/issue/WEB-1"), 400, "INVALID_SCOPE");
        assertProblem(get("/api/raci/program/not-a-uuid"), 400, "INVALID_SCOPE");
        String path = "/api/raci/program/" + acmeProgram;
        assertProblem(call("PUT", path, token, "{\"assignments\":[],\"extra\":1}", Map.of()), 400, "UNKNOWN_FIELD");
        assertProblem(call("PUT", path, token, "{}", Map.of()), 400, "VALIDATION_FAILED");
        Reply duplicate = call("PUT", path, token, "{\"assignments\":[{\"accountId\":\"a\",\"role\":\"R\"},"
                + "{\"accountId\":\"a\",\"role\":\"R\"}]}", Map.of());
        assertProblem(duplicate, 400, "VALIDATION_FAILED");
        assertThat(fields(duplicate)).containsExactly("assignments[1]");
        assertProblem(call("PUT", path, token, "{\"assignments\":[{\"accountId\":\"a\",\"role\":\"R\"}]}", Map.of()),
                400, "RACI_NO_ACCOUNTABLE");
        assertProblem(get("/api/raci/matrix"), 400, "VALIDATION_FAILED");
        assertProblem(get("/api/raci/matrix?programId=" + acmeProgram + "&role=X"), 400, "VALIDATION_FAILED");
        assertProblem(get("/api/raci/gaps?programId=nope"), 400, "VALIDATION_FAILED");
        assertThat(rows(acmeTenant)).isEqualTo(3);

        // clearing needs no Jira; If-Match protects against lost updates
        long version = get(path).json().path("version").asLong();
        Reply cleared = call("PUT", path, token, "{\"assignments\":[]}", Map.of("If-Match", "\"" + version + "\""));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
        assertProblem(call("PUT", path, token, "{\"assignments\":[]}", Map.of("If-Match", "\"" + version + "\"")),
                412, "RACI_VERSION_MISMATCH");
        assertThat(rows(acmeTenant)).isEqualTo(1);
    }

    private UUID program(UUID tenant, String name) {
        UUID id = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, ?)").param(id).param(tenant).param(name).update();
        return id;
    }

    private void issue(UUID tenant, long id, String key, UUID program) {
        db.sql("""
                insert into jira_issue (tenant_id, issue_id, issue_key, project_id, project_key, summary, status_name,
                    jira_updated) values (?, ?, ?, 1, ?, 'Summary', 'To Do', now())""")
                .param(tenant).param(id).param(key).param(key.substring(0, key.indexOf('-'))).update();
        db.sql("insert into program_issue (program_id, tenant_id, issue_id) values (?, ?, ?)")
                .param(program).param(tenant).param(id).update();
    }

    private void assign(UUID tenant, String type, String scope, String accountId, String role) {
        db.sql("insert into raci_scope (tenant_id, scope_type, scope_id, version) values (?, ?, ?, 1) "
                + "on conflict do nothing").param(tenant).param(type).param(scope).update();
        db.sql("insert into raci_assignment (tenant_id, scope_type, scope_id, account_id, role) values (?, ?, ?, ?, ?)")
                .param(tenant).param(type).param(scope).param(accountId).param(role).update();
    }

    private int rows(UUID tenant) {
        return db.sql("select count(*) from raci_assignment where tenant_id = ?").param(tenant)
                .query(Integer.class).single();
    }
}
