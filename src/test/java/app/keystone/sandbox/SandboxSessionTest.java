package app.keystone.sandbox;

import static app.keystone.sandbox.SessionCalls.asUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls as the shell page makes them for AP.request: a session cookie instead of the app's JWT. */
class SandboxSessionTest extends SandboxTest {

    private static final String CONTRACTOR = DemoUsers.accountId(DemoUsers.CONTRACTOR);
    private static final String ADMIN = DemoUsers.accountId(DemoUsers.ADMIN);

    @Test
    void cookieSessionSeesOnlyBrowsableIssues() {
        Response own = asUser(CONTRACTOR, "GET", "/rest/api/3/issue/WEB-1?fields=summary", null);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        Response hidden = asUser(CONTRACTOR, "GET", "/rest/api/3/issue/PLAT-4", null);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.json().path("errorMessages").get(0).asText())
                .isEqualTo("Issue does not exist or you do not have permission to see it.");
        assertThat(asUser(ADMIN, "GET", "/rest/api/3/issue/PLAT-4", null).status()).isEqualTo(200);

        String jql = "labels = checkout-2 ORDER BY key ASC";
        List<String> appKeys = keys(call("POST", "/rest/api/3/search/jql", search(jql)).json());
        List<String> contractorKeys = keys(asUser(CONTRACTOR, "POST", "/rest/api/3/search/jql", search(jql)).json());
        assertThat(appKeys).anyMatch(k -> k.startsWith("PLAT-"));
        assertThat(contractorKeys).isNotEmpty().noneMatch(k -> k.startsWith("PLAT-"));
        assertThat(contractorKeys).containsExactlyElementsOf(appKeys.stream().filter(k -> !k.startsWith("PLAT-")).toList());
        // naming a project the user cannot see is an error, as on a real site
        assertThat(asUser(CONTRACTOR, "GET", "/rest/api/3/search/jql?jql=" + enc("project = PLAT"), null).status())
                .isEqualTo(400);
        assertThat(count(asUser(CONTRACTOR, "POST", "/rest/api/3/search/approximate-count", count(jql))))
                .isEqualTo(contractorKeys.size());

        List<String> projects = new ArrayList<>();
        asUser(CONTRACTOR, "GET", "/rest/api/3/project/search", null).json().path("values")
                .forEach(p -> projects.add(p.path("key").asText()));
        assertThat(projects).contains("WEB", "MOB", "PAY").doesNotContain("PLAT");
    }

    @Test
    void issuePropertiesNeedBrowseAndEdit() {
        String path = "/rest/api/3/issue/PLAT-4/properties/keystone.session";
        assertThat(asUser(CONTRACTOR, "GET", "/rest/api/3/issue/PLAT-4/properties", null).status()).isEqualTo(404);
        assertThat(asUser(CONTRACTOR, "PUT", path, "{\"a\":1}").status()).isEqualTo(404);
        assertThat(asUser(ADMIN, "PUT", path, "{\"a\":1}").status()).isIn(200, 201);
        assertThat(asUser(ADMIN, "DELETE", path, null).status()).isEqualTo(204);
    }

    @Test
    void withoutCookieOrTokenIs401() {
        assertUnauthorized(asUser(null, "GET", "/rest/api/3/issue/WEB-1", null));
        assertUnauthorized(asUser("no-such-user", "GET", "/rest/api/3/issue/WEB-1", null));
        assertUnauthorized(asUser("", "GET", "/rest/api/3/issue/WEB-1", null));
        // a header that is present decides, even next to a valid session
        var r = SessionCalls.raw(SessionCalls.COOKIE + "=" + ADMIN, "GET", "/sandbox/jira/rest/api/3/myself", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertUnauthorized(sendTo("GET", "/sandbox/jira/rest/api/3/myself", null, "not-a-jwt"));
    }

    @Test
    void malformedAuthorizationIsJirasErrorCollection() {
        for (String header : new String[] {"JWT not-a-jwt", "JWT a.b.c", "JWT ", "Bearer abc", "Basic dXNlcjpwdw=="}) {
            var r = SessionCalls.raw(null, "GET", "/sandbox/jira/rest/api/3/field", null, header);
            assertThat(r.statusCode()).as(header).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type")).as(header).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertUnauthorized(new Response(r.statusCode(), r.body()));
        }
        // a token in the jwt query parameter is judged by the site too (not by Keystone's filters), and decides
        var withParam = SessionCalls.raw(SessionCalls.COOKIE + "=" + ADMIN, "GET",
                "/sandbox/jira/rest/api/3/myself?jwt=garbage", null, null);
        assertUnauthorized(new Response(withParam.statusCode(), withParam.body()));
    }

    @Test
    void appTokenMayComeAsQueryParameter() {
        String path = "/rest/api/3/search/jql?jql=" + enc("issuekey = PLAT-4") + "&fields=summary";
        var r = SessionCalls.raw(null, "GET", "/sandbox/jira" + path + "&jwt=" + token("GET", path), null, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("PLAT-4");
    }

    @Test
    void inactiveUsersHaveNoSession() {
        db.sql("update sandbox_user set active = false where account_id = :id").param("id", ADMIN).update();
        try {
            assertUnauthorized(asUser(ADMIN, "GET", "/rest/api/3/myself", null));
        } finally {
            db.sql("update sandbox_user set active = true where account_id = :id").param("id", ADMIN).update();
        }
    }

    @Test
    void myselfIsTheSessionUserOrTheApp() {
        JsonNode me = asUser(CONTRACTOR, "GET", "/rest/api/3/myself", null).json();
        assertThat(me.path("accountId").asText()).isEqualTo(CONTRACTOR);
        assertThat(me.path("displayName").asText()).isEqualTo(DemoUsers.CONTRACTOR);
        assertThat(me.path("accountType").asText()).isEqualTo("atlassian");
        assertThat(me.path("active").asBoolean()).isTrue();
        JsonNode app = get("/rest/api/3/myself").json();
        assertThat(app.path("accountType").asText()).isEqualTo("app");
        assertThat(app.path("accountId").asText()).startsWith("557058:");
    }

    @Test
    void userSearchMatchesDisplayNames() {
        Response r = asUser(CONTRACTOR, "GET", "/rest/api/3/user/search?query=an", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().isArray()).isTrue();
        List<String> names = new ArrayList<>();
        r.json().forEach(u -> {
            names.add(u.path("displayName").asText());
            assertThat(u.path("accountId").asText()).isNotBlank();
            assertThat(u.path("accountType").asText()).isEqualTo("atlassian");
        });
        // case-insensitive substring: "Priya Raman", "Hannah Becker", "Yuki Tanaka", ...
        assertThat(names).contains("Priya Raman", "Hannah Becker", "Yuki Tanaka").doesNotContain("Tomás Ortega");
        JsonNode prefix = get("/rest/api/3/user/search?query=" + enc("priya")).json();
        assertThat(prefix).hasSize(1);
        assertThat(prefix.get(0).path("accountId").asText()).isEqualTo(ADMIN);
        assertThat(get("/rest/api/3/user/search?query=an&maxResults=2").json()).hasSize(2);
        assertThat(get("/rest/api/3/user/search?query=zzzz").json()).isEmpty();
        assertThat(get("/rest/api/3/user/search").status()).isEqualTo(400);
    }

    @Test
    void approximateCountMatchesSearch() {
        for (String jql : List.of("project = PLAT", "project in (WEB, PAY) AND statusCategory != Done",
                "labels = checkout-2")) {
            Response counted = call("POST", "/rest/api/3/search/approximate-count", count(jql));
            assertThat(counted.status()).as(counted.body()).isEqualTo(200);
            assertThat(counted.json().path("count").isIntegralNumber()).isTrue();
            List<String> found = keys(call("POST", "/rest/api/3/search/jql", search(jql)).json());
            assertThat(count(counted)).as(jql).isEqualTo(found.size()).isPositive();
        }
        Response unbounded = call("POST", "/rest/api/3/search/approximate-count", count("order by key desc"));
        assertThat(unbounded.status()).isEqualTo(400);
        assertThat(unbounded.json().path("errorMessages").get(0).asText()).contains("Unbounded");
        Response invalid = call("POST", "/rest/api/3/search/approximate-count", count("project = "));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("errorMessages").get(0).asText()).isNotBlank();
        assertThat(call("POST", "/rest/api/3/search/approximate-count", "{}").status()).isEqualTo(400);
    }

    private static String search(String jql) {
        return "{\"jql\":" + quote(jql) + ",\"fields\":[\"summary\"],\"maxResults\":100}";
    }

    private static String count(String jql) {
        return "{\"jql\":" + quote(jql) + "}";
    }

    private static long count(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("count").asLong();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static List<String> keys(JsonNode page) {
        assertThat(page.path("isLast").asBoolean()).as("fits one page").isTrue();
        List<String> keys = new ArrayList<>();
        page.path("issues").forEach(i -> keys.add(i.path("key").asText()));
        return keys;
    }

    private static void assertUnauthorized(Response r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("errorMessages").get(0).asText()).isNotBlank();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
