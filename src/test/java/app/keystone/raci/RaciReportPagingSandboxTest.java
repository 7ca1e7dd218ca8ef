package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The RACI matrix and gap report a page of work items at a time: key order across pages, the program's own row and
 * gaps on the first page only, what is left, and inheritance from an ancestor that was on an earlier page.
 */
class RaciReportPagingSandboxTest extends RaciSandboxSupport {

    @Autowired
    private MatrixExport export;

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
    void theCsvExportReadsEveryPageUpToItsCap() {
        String p = project();
        long epic = create(p, "Epic", "Exported epic", null);
        List<Long> all = new ArrayList<>(List.of(epic));
        for (int i = 0; i < 4; i++) {
            all.add(create(p, "Story", "Exported story " + i, epic));
        }
        String program = program("RACI export", all, p);
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        Response story = put("issue/" + all.get(4), body("C|" + HANNAH));
        assertThat(story.status()).as(story.body()).isEqualTo(200);
        assertThat(put("issue/" + epic, body("A|" + LENA)).status()).isEqualTo(200);
        List<String> keys = all.stream().map(this::key).toList();
        String siteUrl = db.sql("select base_url from tenant where id = ?").param(tenant).query(String.class).single();
        TenantContext priya = new TenantContext(new TenantId(tenant), siteUrl, Optional.of(PRIYA));

        // pages of 2: the program's row, then every item, with the people of every page as columns
        RaciReports.Matrix whole = export.all(priya, UUID.fromString(program), null, null, 2, 100);
        assertThat(whole.items()).extracting(r -> r.scope().key() == null ? "program" : r.scope().key())
                .containsExactly("program", keys.get(0), keys.get(1), keys.get(2), keys.get(3), keys.get(4));
        assertThat(whole.people()).extracting(RaciViews.PersonView::accountId).contains(PRIYA, TOMAS, LENA, HANNAH);
        assertThat(whole.truncated()).isFalse();
        assertThat(MatrixCsv.of(whole)).doesNotContain("Truncated");

        RaciReports.Matrix capped = export.all(priya, UUID.fromString(program), null, null, 2, 3);
        assertThat(capped.items()).hasSize(4); // the program's row and three items
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.remaining()).isEqualTo(2);
        String csv = MatrixCsv.of(capped);
        assertThat(csv.strip().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("Truncated: 2 more work items not exported");

        // through HTTP, a program under the cap comes whole
        Response r = sendTo("GET", "/api/raci/matrix.csv?programId=" + program, null, contextToken(PRIYA));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().lines().count()).isEqualTo(7); // header and six rows
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
