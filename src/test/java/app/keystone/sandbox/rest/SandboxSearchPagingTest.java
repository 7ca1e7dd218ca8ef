package app.keystone.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.SandboxTest;
import app.keystone.sandbox.data.DemoUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * search/jql pages by position for key order and newest-first, by offset otherwise: whichever way, the pages
 * put together are exactly the matches in the query's order as the in-memory evaluation sorts them (the JQL
 * semantics the jql tests pin down), for the app and for a user who cannot see every project.
 */
class SandboxSearchPagingTest extends SandboxTest {

    private static final String CONTRACTOR = DemoUsers.accountId(DemoUsers.CONTRACTOR);

    @Autowired
    private IssueSearch search;

    @ParameterizedTest
    @ValueSource(strings = {
            "project = PLAT ORDER BY key ASC",          // what Keystone's backfill sends, per project
            "project in (WEB, \"mobile APP\") ORDER BY issuekey DESC",
            "project = WEB",                            // newest first
            "statusCategory != Done ORDER BY key",      // no project clause: the whole site, filtered in Java
            "project = PAY AND labels = checkout-2 ORDER BY rank",
            "project = PAY OR project = MOB ORDER BY key", // an OR names no restriction: not narrowed
            "project = PAY ORDER BY status"})           // not seekable: offsets into the sorted matches
    void pagesPutTogetherAreTheOrderedMatches(String jql) {
        assertThat(pagedOverHttp(jql, 7)).isEqualTo(keys(search.find(jql, Caller.APP))).isNotEmpty();
        for (Caller caller : List.of(Caller.APP, Caller.user(CONTRACTOR))) {
            if (jql.contains("PLAT") && !caller.isApp()) {
                continue; // the contractor cannot name PLAT (a 400, see SandboxSessionTest)
            }
            for (int size : new int[] {1, 3, 50}) {
                assertThat(paged(jql, caller, size)).as("%s, page size %d, %s", jql, size, caller)
                        .isEqualTo(keys(search.find(jql, caller)));
            }
        }
    }

    @Test
    void theContractorsPagesLeaveOutWhatTheyCannotBrowse() {
        List<String> all = paged("statusCategory != Done ORDER BY key", Caller.APP, 4);
        List<String> contractor = paged("statusCategory != Done ORDER BY key", Caller.user(CONTRACTOR), 4);
        assertThat(all).anyMatch(k -> k.startsWith("PLAT-"));
        assertThat(contractor).isNotEmpty().containsExactlyElementsOf(
                all.stream().filter(k -> !k.startsWith("PLAT-")).toList());
    }

    @Test
    void aPositionTokenNamesTheLastIssueSoLaterPagesDoNotShift() {
        String jql = "project = WEB ORDER BY key ASC";
        IssueSearch.Page first = search.page(jql, Caller.APP, null, 3);
        assertThat(first.nextPageToken()).isNotNull();
        // the token means "after WEB-3", however many issues were created or deleted before it meanwhile
        assertThat(decoded(first.nextPageToken())).isEqualTo("k:" + number(last(first)) + ":WEB");
        IssueSearch.Page second = search.page(jql, Caller.APP, first.nextPageToken(), 3);
        assertThat(keys(second.issues())).doesNotContainAnyElementsOf(keys(first.issues()));
    }

    @Test
    void anOffsetTokenStillWorksAndContinuesByPosition() {
        // Keystone stores its backfill cursor: one issued as an offset before positions existed must go on
        String jql = "project = WEB ORDER BY key ASC";
        List<String> expected = keys(search.find(jql, Caller.APP));
        IssueSearch.Page resumed = search.page(jql, Caller.APP, encoded("o:4"), 3);
        assertThat(keys(resumed.issues())).isEqualTo(expected.subList(4, 7));
        assertThat(decoded(resumed.nextPageToken())).startsWith("k:");
        assertThat(keys(search.page(jql, Caller.APP, resumed.nextPageToken(), 3).issues()))
                .isEqualTo(expected.subList(7, 10));
    }

    @Test
    void aTokenOfAnotherOrderOrShapeIs400() {
        String keyToken = search.page("project = WEB ORDER BY key", Caller.APP, null, 2).nextPageToken();
        for (String token : List.of(keyToken, encoded("k:x:WEB"), encoded("z:1"), "!!")) {
            Response r = call("POST", "/rest/api/3/search/jql",
                    "{\"jql\":\"project = WEB\",\"nextPageToken\":\"" + token + "\"}");
            assertThat(r.status()).as(token).isEqualTo(400);
            assertThat(r.json().path("errorMessages").get(0).asText()).contains("next page token");
        }
    }

    private List<String> paged(String jql, Caller caller, int size) {
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            IssueSearch.Page page = search.page(jql, caller, token, size);
            assertThat(page.issues().size()).isLessThanOrEqualTo(size);
            if (page.nextPageToken() != null) {
                assertThat(page.issues()).hasSize(size);
            }
            keys.addAll(keys(page.issues()));
            token = page.nextPageToken();
        } while (token != null);
        return keys;
    }

    /** The same over HTTP, as Keystone pages: POST with the fields its backfill asks for. */
    private List<String> pagedOverHttp(String jql, int size) {
        List<String> keys = new ArrayList<>();
        String token = null;
        do {
            var body = JSON.createObjectNode().put("jql", jql).put("maxResults", size);
            body.putArray("fields").add("summary").add("parent").add("assignee").add("issuelinks");
            if (token != null) {
                body.put("nextPageToken", token);
            }
            Response r = call("POST", "/rest/api/3/search/jql", body.toString());
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode page = r.json();
            page.path("issues").forEach(i -> keys.add(i.path("key").asText()));
            token = page.path("isLast").asBoolean() ? null : page.path("nextPageToken").asText();
        } while (token != null);
        return keys;
    }

    private static List<String> keys(List<SiteIssue> issues) {
        return issues.stream().map(SiteIssue::key).toList();
    }

    private static SiteIssue last(IssueSearch.Page page) {
        return page.issues().get(page.issues().size() - 1);
    }

    private static String number(SiteIssue issue) {
        return issue.key().substring(issue.key().indexOf('-') + 1);
    }

    private static String decoded(String token) {
        return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    }

    private static String encoded(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
