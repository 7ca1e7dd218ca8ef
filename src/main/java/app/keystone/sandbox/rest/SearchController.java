package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.jql.JqlContext;
import app.keystone.sandbox.jql.JqlException;
import app.keystone.sandbox.jql.JqlIssue;
import app.keystone.sandbox.jql.JqlParser;
import app.keystone.sandbox.jql.JqlQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enhanced search ({@code GET|POST /rest/api/3/search/jql}): token paging with {@code isLast}, no
 * {@code total}, fields default {@code id}, and 400 for JQL Jira would refuse, unbounded queries included.
 * The whole site is filtered in memory: the sandbox is small, and benchmarks measure Keystone, not it.
 */
@RestController
@SandboxProfile
class SearchController {

    private static final String PATH = RestAuthFilter.SITE_PATH + "/rest/api/3/search/jql";
    private static final String UNBOUNDED =
            "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

    /** Clause names (lower case) a site accepts for its custom fields, as JqlContext resolves them. */
    private static final Map<String, String> CUSTOM_FIELDS = Map.of(
            "story point estimate", SiteIssue.STORY_POINTS, "cf[10016]", SiteIssue.STORY_POINTS,
            "start date", SiteIssue.START_DATE, "cf[10015]", SiteIssue.START_DATE,
            "flagged", SiteIssue.FLAGGED, "cf[10021]", SiteIssue.FLAGGED);

    private final SiteData data;
    private final IssueRenderer renderer;
    private final JiraJson j;

    SearchController(SiteData data, IssueRenderer renderer, JiraJson j) {
        this.data = data;
        this.renderer = renderer;
        this.j = j;
    }

    @GetMapping(PATH)
    ObjectNode get(@RequestParam(required = false) String jql, @RequestParam(required = false) String nextPageToken,
                   @RequestParam(defaultValue = "50") int maxResults,
                   @RequestParam(name = "fields", required = false) List<String> fields) {
        return search(jql, nextPageToken, maxResults, fields);
    }

    @PostMapping(PATH)
    ObjectNode post(@RequestBody JsonNode body) {
        List<String> fields = new ArrayList<>();
        body.path("fields").forEach(f -> fields.add(f.asText()));
        return search(body.path("jql").asText(null), body.path("nextPageToken").asText(null),
                body.path("maxResults").asInt(50), fields.isEmpty() ? null : fields);
    }

    private ObjectNode search(String jql, String nextPageToken, int maxResults, List<String> fieldParams) {
        JqlQuery query;
        List<SiteIssue> matches;
        try {
            query = JqlParser.parse(jql == null ? "" : jql);
            if (!query.isBounded()) {
                throw JiraError.badRequest(UNBOUNDED);
            }
            JqlContext context = context();
            var where = query.where(context);
            var order = query.orderBy(context);
            matches = data.allIssues().stream().filter(where::test).sorted((a, b) -> order.compare(a, b)).toList();
        } catch (JqlException e) {
            throw JiraError.badRequest(e.getMessage());
        }
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

    private JqlContext context() {
        return new JqlContext(Clock.systemUTC(), ZoneOffset.UTC, null,
                name -> Optional.ofNullable(name.toLowerCase(Locale.ROOT).startsWith("customfield_")
                        && CUSTOM_FIELDS.containsValue(name.toLowerCase(Locale.ROOT))
                        ? name.toLowerCase(Locale.ROOT) : CUSTOM_FIELDS.get(name.toLowerCase(Locale.ROOT))),
                value -> data.projects().stream().anyMatch(p -> p.key().equalsIgnoreCase(value)
                        || String.valueOf(p.id()).equals(value) || p.name().equalsIgnoreCase(value)));
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
