package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enhanced search ({@code GET|POST /rest/api/3/search/jql}): token paging with {@code isLast}, no
 * {@code total}, fields default {@code id}, and 400 for JQL Jira would refuse, unbounded queries included.
 * Also {@code POST /rest/api/3/search/approximate-count}. Matching, visibility and paging are {@link IssueSearch}
 * (tokens: {@link PageToken}); a page is rendered with a few queries in all ({@link IssueRenderer#render(List,
 * FieldSelection)}).
 */
@RestController
@SandboxProfile
class SearchController {

    private static final String PATH = RestAuthFilter.SITE_PATH + "/rest/api/3/search/jql";

    private final IssueSearch search;
    private final IssueRenderer renderer;
    private final JiraJson j;

    SearchController(IssueSearch search, IssueRenderer renderer, JiraJson j) {
        this.search = search;
        this.renderer = renderer;
        this.j = j;
    }

    @GetMapping(PATH)
    ObjectNode get(@RequestParam(required = false) String jql, @RequestParam(required = false) String nextPageToken,
                   @RequestParam(defaultValue = "50") int maxResults,
                   @RequestParam(name = "fields", required = false) List<String> fields, Caller caller) {
        return search(jql, nextPageToken, maxResults, fields, caller);
    }

    @PostMapping(PATH)
    ObjectNode post(@RequestBody JsonNode body, Caller caller) {
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        return search(body.path("jql").asText(null), body.path("nextPageToken").asText(null),
                body.path("maxResults").asInt(50), fields.isEmpty() ? null : fields, caller);
    }

    /** Jira's count for bounded JQL: exact here (the sandbox has no lagging index), same matches as search. */
    @PostMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/search/approximate-count")
    ObjectNode approximateCount(@RequestBody JsonNode body, Caller caller) {
        JsonNode jql = body.path("jql");
        if (!jql.isTextual() || jql.asText().isBlank()) {
            throw JiraError.badRequest("The 'jql' parameter is required.");
        }
        return j.object().put("count", (long) search.find(jql.asText(), caller).size());
    }

    private ObjectNode search(String jql, String nextPageToken, int maxResults, List<String> fieldParams,
                              Caller caller) {
        FieldSelection fields = FieldSelection.parse(fieldParams, false);
        // Jira allows big pages only when little is rendered per issue
        int max = Math.max(1, Math.min(fields.wantsFields() ? 100 : 5000, maxResults));
        IssueSearch.Page page = search.page(jql, caller, nextPageToken, max);

        ObjectNode body = j.object();
        ArrayNode issues = body.putArray("issues");
        renderer.render(page.issues(), fields).forEach(i -> issues.add(i.put("expand", "")));
        if (page.nextPageToken() != null) {
            body.put("nextPageToken", page.nextPageToken());
        }
        return body.put("isLast", page.nextPageToken() == null);
    }
}
