package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.auth.QueryStringHash;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxRestTest extends SandboxTest {

    private static final String DATE_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}";

    @Test
    void fieldsListStoryPointEstimate() {
        Response r = get("/rest/api/3/field");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().isArray()).isTrue();
        JsonNode sp = find(r.json(), "customfield_10016");
        assertThat(sp.path("name").asText()).isEqualTo("Story point estimate");
        assertThat(sp.path("untranslatedName").asText()).isEqualTo("Story point estimate");
        assertThat(sp.path("custom").asBoolean()).isTrue();
        assertThat(sp.path("schema").toString()).isEqualTo(
                "{\"type\":\"number\",\"custom\":\"com.pyxis.greenhopper.jira:jsw-story-points\",\"customId\":10016}");
        assertThat(find(r.json(), "summary").path("schema").path("system").asText()).isEqualTo("summary");
        assertThat(find(r.json(), "parent").has("schema")).isFalse();
    }

    @Test
    void projectSearchPages() {
        JsonNode first = get("/rest/api/3/project/search?maxResults=2").json();
        assertThat(first.path("maxResults").asInt()).isEqualTo(2);
        assertThat(first.path("isLast").asBoolean()).isFalse();
        assertThat(first.path("nextPage").asText()).contains("startAt=2");
        JsonNode web = get("/rest/api/3/project/search?keys=WEB").json();
        assertThat(web.path("isLast").asBoolean()).isTrue();
        assertThat(web.has("nextPage")).isFalse();
        JsonNode p = web.path("values").get(0);
        assertThat(p.path("id").isTextual()).isTrue();
        assertThat(p.path("id").asText()).isEqualTo("10000");
        assertThat(p.path("key").asText()).isEqualTo("WEB");
        assertThat(p.path("name").asText()).isEqualTo("Web storefront");
        assertThat(p.path("self").asText()).endsWith("/sandbox/jira/rest/api/3/project/10000");
        assertThat(get("/rest/api/3/project/search?maxResults=500").json().path("maxResults").asInt()).isEqualTo(100);
    }

    @Test
    void issueRendersLikeRestV3() {
        Response r = get("/rest/api/3/issue/PLAT-4");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode issue = r.json();
        assertThat(issue.path("id").isTextual()).isTrue();
        assertThat(issue.path("key").asText()).isEqualTo("PLAT-4");
        assertThat(issue.path("self").asText()).endsWith("/sandbox/jira/rest/api/3/issue/" + issue.path("id").asText());
        JsonNode f = issue.path("fields");
        assertThat(f.path("summary").asText()).isEqualTo("Expose checkout session API");
        assertThat(f.path("issuetype").path("name").asText()).isEqualTo("Story");
        assertThat(f.path("issuetype").path("hierarchyLevel").asInt()).isZero();
        assertThat(f.path("issuetype").path("subtask").asBoolean()).isFalse();
        assertThat(f.path("status").path("name").asText()).isEqualTo("Done");
        assertThat(f.path("status").path("id").isTextual()).isTrue();
        JsonNode category = f.path("status").path("statusCategory");
        assertThat(category.path("id").isNumber()).isTrue();
        assertThat(category.path("key").asText()).isEqualTo("done");
        assertThat(category.path("colorName").asText()).isEqualTo("green");
        assertThat(f.path("project").path("key").asText()).isEqualTo("PLAT");
        assertThat(f.path("project").path("id").asText()).isEqualTo("10003");
        assertThat(f.path("parent").path("key").asText()).isEqualTo("PLAT-2");
        assertThat(f.path("parent").path("fields").path("issuetype").path("name").asText()).isEqualTo("Epic");
        assertThat(f.path("parent").path("fields").path("issuetype").path("hierarchyLevel").asInt()).isEqualTo(1);
        assertThat(f.path("reporter").path("accountId").asText()).isNotEmpty();
        assertThat(f.path("reporter").path("displayName").asText()).isNotEmpty();
        assertThat(f.path("customfield_10016").isNumber()).isTrue();
        assertThat(f.path("timeoriginalestimate").asLong()).isEqualTo(f.path("timetracking")
                .path("originalEstimateSeconds").asLong()).isPositive();
        assertThat(f.path("timeestimate").asLong()).isZero();
        assertThat(f.path("timespent").isNumber()).isTrue();
        assertThat(f.path("duedate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(f.path("created").asText()).matches(DATE_TIME).endsWith("+0000");
        assertThat(f.path("updated").asText()).matches(DATE_TIME);
        assertThat(f.path("resolutiondate").asText()).matches(DATE_TIME);
        assertThat(f.path("labels")).extracting(JsonNode::asText).contains("checkout-2", "backend");
        assertThat(f.path("subtasks")).hasSize(2);
        assertThat(f.path("subtasks").get(0).path("fields").path("issuetype").path("hierarchyLevel").asInt()).isEqualTo(-1);

        JsonNode link = f.path("issuelinks").get(0);
        assertThat(link.path("id").isTextual()).isTrue();
        assertThat(link.path("type").path("name").asText()).isEqualTo("Blocks");
        assertThat(link.path("type").path("inward").asText()).isEqualTo("is blocked by");
        assertThat(link.path("type").path("outward").asText()).isEqualTo("blocks");
        // PLAT-4 blocks the web story, so from PLAT-4 the web story is the outward issue
        assertThat(link.has("inwardIssue")).isFalse();
        JsonNode blocked = link.path("outwardIssue");
        assertThat(blocked.path("key").asText()).startsWith("WEB-");
        assertThat(blocked.path("fields").path("summary").asText()).isEqualTo("Call checkout session API from one-page checkout");

        // and from the blocked side the blocker is the inward issue
        JsonNode back = get("/rest/api/3/issue/" + blocked.path("id").asText() + "?fields=issuelinks,summary").json();
        assertThat(back.path("fields").path("issuelinks").get(0).path("inwardIssue").path("key").asText())
                .isEqualTo("PLAT-4");
        assertThat(back.path("fields").has("status")).isFalse();
    }

    @Test
    void initiativeHasNoParentAndOpenIssueHasNullResolution() {
        JsonNode f = get("/rest/api/3/issue/10001").json().path("fields");
        assertThat(f.path("summary").asText()).isEqualTo("Checkout 2.0 launch");
        assertThat(f.path("issuetype").path("hierarchyLevel").asInt()).isEqualTo(2);
        assertThat(f.has("parent")).isFalse();
        assertThat(f.has("resolutiondate")).isTrue();
        assertThat(f.path("resolutiondate").isNull()).isTrue();
        assertThat(f.path("customfield_10016").isNull()).isTrue();
    }

    @Test
    void missingIssueIs404ErrorCollection() {
        Response r = get("/rest/api/3/issue/NOPE-999");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("errorMessages").get(0).asText())
                .isEqualTo("Issue does not exist or you do not have permission to see it.");
        assertThat(r.json().path("errors").isObject()).isTrue();
    }

    @Test
    void userBulkPagesByTen() {
        List<String> ids = db.sql("select account_id from sandbox_user order by account_id").query(String.class).list();
        assertThat(ids.size()).isGreaterThan(2);
        String query = "accountId=" + ids.get(0).replace(":", "%3A") + "&accountId=" + ids.get(1).replace(":", "%3A");
        JsonNode page = get("/rest/api/3/user/bulk?" + query).json();
        assertThat(page.path("maxResults").asInt()).isEqualTo(10);
        assertThat(page.path("total").asInt()).isEqualTo(2);
        assertThat(page.path("isLast").asBoolean()).isTrue();
        JsonNode user = page.path("values").get(0);
        assertThat(user.path("accountId").asText()).isIn(ids.get(0), ids.get(1));
        assertThat(user.path("displayName").asText()).isNotEmpty();
        assertThat(user.path("accountType").asText()).isEqualTo("atlassian");
        assertThat(user.path("active").asBoolean()).isTrue();

        JsonNode small = get("/rest/api/3/user/bulk?" + query + "&maxResults=1").json();
        assertThat(small.path("values")).hasSize(1);
        assertThat(small.path("isLast").asBoolean()).isFalse();
        assertThat(get("/rest/api/3/user/bulk").status()).isEqualTo(400);
    }

    @Test
    void issuePropertyLifecycle() {
        String path = "/rest/api/3/issue/PLAT-4/properties/keystone.test";
        call("DELETE", path, null);
        assertThat(call("PUT", path, "{\"risk\":3}").status()).isEqualTo(201);
        assertThat(call("PUT", path, "{\"risk\":5,\"note\":\"late\"}").status()).isEqualTo(200);
        Response got = get(path);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().path("key").asText()).isEqualTo("keystone.test");
        assertThat(got.json().path("value").path("risk").asInt()).isEqualTo(5);
        assertThat(get("/rest/api/3/issue/PLAT-4/properties").json().path("keys").toString()).contains("keystone.test");
        assertThat(call("DELETE", path, null).status()).isEqualTo(204);
        assertThat(get(path).status()).isEqualTo(404);
        assertThat(call("PUT", "/rest/api/3/issue/NOPE-1/properties/x", "1").status()).isEqualTo(404);
    }

    @Test
    void callsWithoutAValidTokenAre401() {
        String path = "/rest/api/3/field";
        assertUnauthorized(send("GET", path, null, null));
        assertUnauthorized(send("GET", path, null, signed("not-the-secret-not-the-secret-not-the-secret",
                QueryStringHash.of("GET", path))));
        // qsh over another request, and over the full path instead of the site-relative one
        assertUnauthorized(send("GET", path, null, token("GET", "/rest/api/3/project/search")));
        assertUnauthorized(send("GET", path, null, token("GET", "/sandbox/jira" + path)));
        assertUnauthorized(send("GET", path + "?x=1", null, token("GET", path)));
        assertThat(send("GET", path, null, token("GET", path)).status()).isEqualTo(200);
    }

    private static void assertUnauthorized(Response r) {
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("errorMessages").get(0).asText()).isNotBlank();
        assertThat(r.json().path("errors").isObject()).isTrue();
    }

    private static JsonNode find(JsonNode fields, String id) {
        List<JsonNode> matches = new ArrayList<>();
        fields.forEach(f -> {
            if (f.path("id").asText().equals(id)) {
                matches.add(f);
            }
        });
        assertThat(matches).hasSize(1);
        return matches.get(0);
    }
}
