package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enhanced search ({@code GET|POST /rest/api/3/search/jql}): token paging with {@code isLast}, no
 * {@code total}, fields default {@code id}, and 400 for JQL Jira would refuse, unbounded queries included.
 * Also {@code POST /rest/api/3/search/approximate-count}. Matching (and visibility) is {@link IssueSearch}.
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
        List<SiteIssue> matches = search.find(jql, caller);
        FieldSelection fields = FieldSelection.parse(fieldParams, false);
        // Jira allows big pages only when little is rendered per issue
        int max = Math.max(1, Math.min(fields.wantsFields() ? 100 : 5000, maxResults));
        int start = decode(nextPageToken);
        List<SiteIssue> page = matches.subList(Math.min(start, matches.size()), Math.min(start + max, matches.size()));
        boolean last = start + page.size() >= matches.size();

        ObjectNode body = j.object();
        ArrayNode issues = body.putArray("issues");
        page.forEach(i -> issues.add(renderer.render(i, fields).put("expand", "")));
        if (!last) {
            body.put("nextPageToken", encode(start + page.size()));
        }
        return body.put("isLast", last);
    }

    /** Opaque to callers, as Jira's are; a token the site did not issue is a 400. */
    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!s.startsWith("o:")) {
                throw new IllegalArgumentException(s);
            }
            return Math.max(0, Integer.parseInt(s.substring(2)));
        } catch (IllegalArgumentException e) {
            throw JiraError.badRequest("The provided next page token is invalid or expired.");
        }
    }
}
