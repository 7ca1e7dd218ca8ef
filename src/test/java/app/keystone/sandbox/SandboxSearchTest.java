package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxSearchTest extends SandboxTest {

    @Test
    void getPagesWithTokensAndNoTotal() {
        String jql = enc("project = PLAT ORDER BY key ASC");
        List<String> keys = new ArrayList<>();
        String token = null;
        for (int pages = 0; pages < 20; pages++) {
            String q = "/rest/api/3/search/jql?jql=" + jql + "&maxResults=5&fields=summary,status"
                    + (token == null ? "" : "&nextPageToken=" + enc(token));
            Response r = get(q);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.has("total")).isFalse();
            assertThat(body.has("startAt")).isFalse();
            body.path("issues").forEach(i -> {
                keys.add(i.path("key").asText());
                assertThat(i.path("id").isTextual()).isTrue();
                assertThat(i.path("fields").path("summary").asText()).isNotEmpty();
                assertThat(i.path("fields").has("issuetype")).isFalse();
            });
            if (body.path("isLast").asBoolean()) {
                assertThat(body.has("nextPageToken")).isFalse();
                break;
            }
            token = body.path("nextPageToken").asText();
        }
        int plat = db.sql("select count(*) from sandbox_issue where project_id = 10003").query(Integer.class).single();
        assertThat(keys).hasSize(plat).doesNotHaveDuplicates().contains("PLAT-1", "PLAT-4");
    }

    @Test
    void postSearchesWithFieldsAndDefaultsToId() {
        Response r = call("POST", "/rest/api/3/search/jql",
                "{\"jql\":\"issuekey = PLAT-4\",\"fields\":[\"summary\",\"parent\",\"customfield_10016\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode issue = r.json().path("issues").get(0);
        assertThat(issue.path("key").asText()).isEqualTo("PLAT-4");
        assertThat(issue.path("fields").path("parent").path("key").asText()).isEqualTo("PLAT-2");
        assertThat(issue.path("fields").path("customfield_10016").isNumber()).isTrue();
        assertThat(r.json().path("isLast").asBoolean()).isTrue();

        JsonNode bare = call("POST", "/rest/api/3/search/jql", "{\"jql\":\"project = WEB\"}").json();
        assertThat(bare.path("issues").get(0).path("id").isTextual()).isTrue();
        assertThat(bare.path("issues").get(0).has("fields")).isFalse();
    }

    @Test
    void invalidOrUnboundedJqlIs400() {
        assertBadRequest(get("/rest/api/3/search/jql?jql=" + enc("order by key desc")));
        assertBadRequest(get("/rest/api/3/search/jql?jql=" + enc("project = ")));
        assertBadRequest(get("/rest/api/3/search/jql?jql=" + enc("nosuchfield = 1")));
        assertBadRequest(get("/rest/api/3/search/jql?jql=" + enc("project = WEB") + "&nextPageToken=bogus"));
    }

    private static void assertBadRequest(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errorMessages").get(0).asText()).isNotBlank();
        assertThat(r.json().path("errors").isObject()).isTrue();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
