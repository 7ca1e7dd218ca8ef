package app.keystone.sandbox;

import static app.keystone.sandbox.SessionCalls.asUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxPermissionsTest extends SandboxTest {

    private static final String CONTRACTOR = DemoUsers.accountId(DemoUsers.CONTRACTOR);
    private static final String ADMIN = DemoUsers.accountId(DemoUsers.ADMIN);

    @Test
    void appHoldsEveryPermission() {
        Response r = get("/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&projectKey=PLAT");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode browse = r.json().path("permissions").path("BROWSE_PROJECTS");
        assertThat(browse.path("id").isTextual()).isTrue();
        assertThat(browse.path("id").asText()).isEqualTo("10");
        assertThat(browse.path("key").asText()).isEqualTo("BROWSE_PROJECTS");
        assertThat(browse.path("name").asText()).isEqualTo("Browse Projects");
        assertThat(browse.path("type").asText()).isEqualTo("PROJECT");
        assertThat(browse.path("description").asText()).isNotBlank();
        assertThat(browse.path("havePermission").asBoolean()).isTrue();
        assertThat(r.json().path("permissions").path("EDIT_ISSUES").path("id").asText()).isEqualTo("12");
        assertThat(r.json().path("permissions").path("ADMINISTER").path("type").asText()).isEqualTo("GLOBAL");
        assertThat(r.json().path("permissions").path("ADMINISTER").path("havePermission").asBoolean()).isTrue();
        assertThat(get("/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=PLAT-4").json()
                .path("permissions").path("EDIT_ISSUES").path("havePermission").asBoolean()).isTrue();
    }

    @Test
    void contractorCannotSeePlatform() {
        Response plat = asUser(CONTRACTOR, "GET", "/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=PLAT", null);
        assertThat(plat.status()).as(plat.body()).isEqualTo(404);
        assertThat(plat.json().path("errorMessages").get(0).asText()).isNotBlank();
        assertThat(asUser(CONTRACTOR, "GET", "/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectId=10003",
                null).status()).isEqualTo(404);
        assertThat(asUser(CONTRACTOR, "GET", "/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=PLAT-4",
                null).status()).isEqualTo(404);

        JsonNode web = asUser(CONTRACTOR, "GET",
                "/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&projectKey=WEB", null).json();
        assertThat(web.path("permissions").path("BROWSE_PROJECTS").path("havePermission").asBoolean()).isTrue();
        assertThat(web.path("permissions").path("EDIT_ISSUES").path("havePermission").asBoolean()).isTrue();
        assertThat(web.path("permissions").path("ADMINISTER").path("havePermission").asBoolean()).isFalse();
        // a project that doesn't exist at all is also a 404, for anyone
        assertThat(get("/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&projectKey=NOPE").status()).isEqualTo(404);
    }

    @Test
    void adminAndGlobalPermissionsWithoutContext() {
        JsonNode admin = asUser(ADMIN, "GET", "/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS", null)
                .json().path("permissions");
        assertThat(admin.path("ADMINISTER").path("havePermission").asBoolean()).isTrue();
        assertThat(admin.path("BROWSE_PROJECTS").path("havePermission").asBoolean()).isTrue();
        JsonNode legacy = asUser(CONTRACTOR, "GET", "/rest/api/3/mypermissions?permissions=BROWSE_USERS", null)
                .json().path("permissions").path("BROWSE_USERS");
        assertThat(legacy.path("havePermission").asBoolean()).isTrue();
        assertThat(legacy.path("id").asText()).isEqualTo("27");
        assertThat(legacy.path("deprecatedKey").asBoolean()).isTrue();
    }

    @Test
    void unknownOrMissingPermissionKeysAre400() {
        Response unknown = get("/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,NOT_A_PERMISSION");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path("NOT_A_PERMISSION").asText()).isNotBlank();
        assertThat(unknown.json().path("errorMessages").isArray()).isTrue();
        assertThat(get("/rest/api/3/mypermissions").status()).isEqualTo(400);
        assertThat(get("/rest/api/3/mypermissions?permissions=").status()).isEqualTo(400);
        assertThat(get("/rest/api/3/mypermissions?permissions=,").status()).isEqualTo(400);
    }

    @Test
    void bulkCheckAnswersOnePermissionPerEntryWithNumericIds() {
        long plat4 = db.sql("select id from sandbox_issue where key = 'PLAT-4'").query(Long.class).single();
        long web1 = db.sql("select id from sandbox_issue where key = 'WEB-1'").query(Long.class).single();
        String body = """
                {"accountId": "%s", "globalPermissions": ["ADMINISTER", "USER_PICKER"],
                 "projectPermissions": [{"permissions": ["BROWSE_PROJECTS", "EDIT_ISSUES"],
                                         "projects": [10000, 10003, 99999, null], "issues": [%d, %d, 1]}]}"""
                .formatted(CONTRACTOR, plat4, web1);
        Response r = call("POST", "/rest/api/3/permissions/check", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(texts(json.path("globalPermissions"))).containsExactly("USER_PICKER");
        JsonNode grants = json.path("projectPermissions");
        assertThat(grants).hasSize(2);
        for (JsonNode grant : grants) {
            assertThat(grant.path("permission").asText()).isIn("BROWSE_PROJECTS", "EDIT_ISSUES");
            assertThat(grant.has("permissions")).isFalse();
            assertThat(grant.path("projects").get(0).isNumber()).isTrue();
            assertThat(grant.path("projects").get(0).asLong()).isEqualTo(10000);
            assertThat(grant.path("projects")).hasSize(1);
            assertThat(grant.path("issues")).hasSize(1);
            assertThat(grant.path("issues").get(0).isNumber()).isTrue();
            assertThat(grant.path("issues").get(0).asLong()).isEqualTo(web1);
        }

        // the app itself (no accountId): everything that exists
        JsonNode app = call("POST", "/rest/api/3/permissions/check", """
                {"globalPermissions": ["ADMINISTER"], "projectPermissions": [{"permissions": ["EDIT_ISSUES"],
                 "projects": [10003], "issues": [%d]}]}""".formatted(plat4)).json();
        assertThat(texts(app.path("globalPermissions"))).containsExactly("ADMINISTER");
        assertThat(app.path("projectPermissions").get(0).path("issues").get(0).asLong()).isEqualTo(plat4);
    }

    @Test
    void bulkCheckRejectsUnknownKeysAndOtherUsersForNonAdmins() {
        Response unknown = call("POST", "/rest/api/3/permissions/check",
                "{\"projectPermissions\":[{\"permissions\":[\"PERMISSION_123\"],\"projects\":[10000]}]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").path("PERMISSION_123").asText()).isEqualTo("Unrecognized permission");

        String other = "{\"accountId\":\"" + ADMIN + "\",\"globalPermissions\":[\"ADMINISTER\"]}";
        Response forbidden = asUser(CONTRACTOR, "POST", "/rest/api/3/permissions/check", other);
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
        assertThat(forbidden.json().path("errorMessages").get(0).asText())
                .isEqualTo("Only Jira administrators can perform this operation.");
        // an administrator may, and so may the user about themselves
        String aboutContractor = "{\"accountId\":\"" + CONTRACTOR + "\",\"globalPermissions\":[\"ADMINISTER\"]}";
        assertThat(asUser(ADMIN, "POST", "/rest/api/3/permissions/check", aboutContractor).status()).isEqualTo(200);
        assertThat(asUser(CONTRACTOR, "POST", "/rest/api/3/permissions/check", aboutContractor).json()
                .path("globalPermissions")).isEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
