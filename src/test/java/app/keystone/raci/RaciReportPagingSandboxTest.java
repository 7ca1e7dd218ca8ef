package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The RACI matrix and gap report a page of work items at a time: key order across pages, the program's own row and
 * gaps on the first page only, what is left, and inheritance from an ancestor that was on an earlier page.
 */
class RaciReportPagingSandboxTest extends RaciSandboxSupport {

    @Test
    void bothReportsPageByKeyAndInheritAcrossPages() {
        String p = project();
        long epic = create(p, "Epic", "Paged epic", null);
        List<Long> stories = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            stories.add(create(p, "Story", "Paged story " + i, epic));
        }
        List<Long> all = new ArrayList<>(List.of(epic));
        all.addAll(stories);
        String program = program("RACI paged", all, p);
        List<String> keys = all.stream().map(this::key).toList();

        // nothing assigned: every item has gaps, so the gap report lists each item examined
        JsonNode first = read("/api/raci/gaps?programId=" + program + "&limit=2");
        assertThat(scopes(first)).containsExactly("program", keys.get(0), keys.get(1));
        assertThat(first.path("remaining").asLong()).isEqualTo(3);
        assertThat(first.path("truncated").asBoolean()).isTrue();
        JsonNode second = read("/api/raci/gaps?programId=" + program + "&limit=2&cursor=" + cursor(first));
        assertThat(scopes(second)).containsExactly(keys.get(2), keys.get(3));
        assertThat(second.path("remaining").asLong()).isEqualTo(1);
        JsonNode last = read("/api/raci/gaps?programId=" + program + "&limit=2&cursor=" + cursor(second));
        assertThat(scopes(last)).containsExactly(keys.get(4));
        assertThat(last.path("remaining").asLong()).isZero();
        assertThat(last.path("nextCursor").isTextual()).isFalse();
        assertThat(last.path("truncated").asBoolean()).isFalse();

        // the program's A and R reach every item; the epic's own A replaces it below the epic, on any page
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        assertThat(put("issue/" + epic, body("A|" + LENA, "R|" + YUKI)).status()).isEqualTo(200);
        JsonNode matrix = read("/api/raci/matrix?programId=" + program + "&limit=3");
        assertThat(scopes(matrix)).containsExactly("program", keys.get(0), keys.get(1), keys.get(2));
        assertThat(matrix.path("remaining").asLong()).isEqualTo(2);
        JsonNode rest = read("/api/raci/matrix?programId=" + program + "&limit=3&cursor=" + cursor(matrix));
        assertThat(scopes(rest)).containsExactly(keys.get(3), keys.get(4));
        for (JsonNode row : rest.path("items")) {
            JsonNode lena = row.path("cells").path(LENA).get(0);
            assertThat(lena.path("role").asText()).isEqualTo("A");
            assertThat(lena.path("inherited").asBoolean()).isTrue();
            assertThat(lena.path("fromScope").path("key").asText()).isEqualTo(keys.get(0));
            assertThat(row.path("cells").has(PRIYA)).as("the epic's A replaces the program's").isFalse();
        }
    }

    @Test
    void badPagingIsRefused() {
        String p = project();
        long epic = create(p, "Epic", "Bad paging epic", null);
        String program = program("RACI bad paging", List.of(epic), p);
        for (String query : List.of("&limit=0", "&limit=2001", "&limit=x", "&cursor=%25%25", "&cursor=bm90LWEtY3Vyc29y")) {
            assertProblem(sendTo("GET", "/api/raci/matrix?programId=" + program + query, null, contextToken(PRIYA)),
                    400, "VALIDATION_FAILED");
            assertProblem(sendTo("GET", "/api/raci/gaps?programId=" + program + query, null, contextToken(PRIYA)),
                    400, "VALIDATION_FAILED");
        }
    }

    private static List<String> scopes(JsonNode report) {
        List<String> scopes = new ArrayList<>();
        report.path("items").forEach(i -> scopes.add("program".equals(i.path("scope").path("type").asText())
                ? "program" : i.path("scope").path("key").asText()));
        return scopes;
    }

    private static String cursor(JsonNode page) {
        return URLEncoder.encode(page.path("nextCursor").asText(), StandardCharsets.UTF_8);
    }

    private JsonNode read(String path) {
        Response r = sendTo("GET", path, null, contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
