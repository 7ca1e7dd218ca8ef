package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.jql.JqlContext;
import app.keystone.sandbox.jql.JqlException;
import app.keystone.sandbox.jql.JqlParser;
import app.keystone.sandbox.jql.JqlQuery;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * JQL over the whole site for one caller, shared by search/jql and approximate-count so both agree on what a
 * query matches. Jira's rules: unbounded JQL is refused, a project the caller cannot browse does not exist
 * for them (naming it is a 400, as on a real site), and issues of such projects never match. The site is
 * filtered in memory: the sandbox is small, and benchmarks measure Keystone, not it.
 */
@Component
@SandboxProfile
class IssueSearch {

    static final String UNBOUNDED =
            "Unbounded JQL queries are not allowed here. Please add a search restriction to your query.";

    /** Clause names (lower case) a site accepts for its custom fields, as JqlContext resolves them. */
    private static final Map<String, String> CUSTOM_FIELDS = Map.of(
            "story point estimate", SiteIssue.STORY_POINTS, "cf[10016]", SiteIssue.STORY_POINTS,
            "start date", SiteIssue.START_DATE, "cf[10015]", SiteIssue.START_DATE,
            "flagged", SiteIssue.FLAGGED, "cf[10021]", SiteIssue.FLAGGED);

    private final SiteData data;
    private final Permissions permissions;

    IssueSearch(SiteData data, Permissions permissions) {
        this.data = data;
        this.permissions = permissions;
    }

    /** Every issue the JQL matches and the caller may see, in the query's order; 400 for JQL Jira refuses. */
    List<SiteIssue> find(String jql, Caller caller) {
        try {
            JqlQuery query = JqlParser.parse(jql == null ? "" : jql);
            if (!query.isBounded()) {
                throw JiraError.badRequest(UNBOUNDED);
            }
            Set<Long> visible = permissions.browsable(caller);
            JqlContext context = context(caller, visible);
            var where = query.where(context);
            var order = query.orderBy(context);
            return data.allIssues().stream().filter(i -> visible.contains(i.project())).filter(where::test)
                    .sorted((a, b) -> order.compare(a, b)).toList();
        } catch (JqlException e) {
            throw JiraError.badRequest(e.getMessage());
        }
    }

    private JqlContext context(Caller caller, Set<Long> visible) {
        return new JqlContext(Clock.systemUTC(), ZoneOffset.UTC, caller.accountId(),
                name -> Optional.ofNullable(name.toLowerCase(Locale.ROOT).startsWith("customfield_")
                        && CUSTOM_FIELDS.containsValue(name.toLowerCase(Locale.ROOT))
                        ? name.toLowerCase(Locale.ROOT) : CUSTOM_FIELDS.get(name.toLowerCase(Locale.ROOT))),
                value -> data.projects().stream().filter(p -> visible.contains(p.id()))
                        .anyMatch(p -> p.key().equalsIgnoreCase(value)
                                || String.valueOf(p.id()).equals(value) || p.name().equalsIgnoreCase(value)));
    }
}
