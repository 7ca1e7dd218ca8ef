package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.jql.JqlContext;
import app.keystone.sandbox.jql.JqlException;
import app.keystone.sandbox.jql.JqlParser;
import app.keystone.sandbox.jql.JqlIssue;
import app.keystone.sandbox.jql.JqlQuery;
import app.keystone.sandbox.jql.JqlQuery.SeekOrder;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * JQL for one caller, shared by search/jql and approximate-count so both agree on what a query matches. Jira's
 * rules: unbounded JQL is refused, a project the caller cannot browse does not exist for them (naming it is a
 * 400, as on a real site), and issues of such projects never match.
 *
 * <p>The JQL itself is evaluated in memory ({@link JqlQuery#where}, exact Jira semantics); SQL only narrows and
 * orders the candidates: to the projects the caller can browse and a top-level {@code project} clause names,
 * and, for orders it can page by position ({@link JqlQuery.SeekOrder}), one page at a time from the last
 * issue handed out. Paging a 250k-issue site project by project in key order (what Keystone's backfill does)
 * thus reads each issue once; other orders sort the narrowed candidates on every page.
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
    /** Rows read per round trip once a page's filter has rejected the first batch. */
    private static final int MAX_CHUNK = 2_000;

    private final SiteData data;
    private final Permissions permissions;

    IssueSearch(SiteData data, Permissions permissions) {
        this.data = data;
        this.permissions = permissions;
    }

    /** One page of matches and the token of the next, null on the last page. */
    record Page(List<SiteIssue> issues, String nextPageToken) {
    }

    /** A validated query: the exact filter and order, and what SQL may narrow and order by. */
    private record Bound(Predicate<JqlIssue> where, Comparator<JqlIssue> order, Optional<SeekOrder> seek,
                         Collection<Long> projects) {
    }

    /** Every issue the JQL matches and the caller may see, in the query's order; 400 for JQL Jira refuses. */
    List<SiteIssue> find(String jql, Caller caller) {
        return find(bind(jql, caller));
    }

    /** Up to {@code max} matches from {@code token} on (null: the first page); 400 for a token not issued here. */
    Page page(String jql, Caller caller, String token, int max) {
        Bound query = bind(jql, caller);
        PageToken at = PageToken.decode(token);
        if (at != null && (query.seek().isEmpty() ? !(at instanceof PageToken.Offset) : !at.fits(query.seek().get()))) {
            throw PageToken.invalid();
        }
        if (query.seek().isPresent() && !(at instanceof PageToken.Offset)) {
            return seek(query, query.seek().get(), at, max);
        }
        List<SiteIssue> matches = find(query);
        int start = at instanceof PageToken.Offset o ? o.start() : 0;
        List<SiteIssue> page = matches.subList(Math.min(start, matches.size()), Math.min(start + max, matches.size()));
        if (start + page.size() >= matches.size()) {
            return new Page(page, null);
        }
        // an offset handed in for a seekable order continues by position from here on
        PageToken next = query.seek().isPresent() ? PageToken.after(query.seek().get(), page.get(page.size() - 1))
                : new PageToken.Offset(start + page.size());
        return new Page(page, next.encode());
    }

    private List<SiteIssue> find(Bound query) {
        return data.issuesIn(query.projects()).stream().filter(query.where()::test)
                .sorted((a, b) -> query.order().compare(a, b)).toList();
    }

    /** Reads candidates in order after the position until one match more than the page holds (so isLast is exact). */
    private Page seek(Bound query, SeekOrder order, PageToken after, int max) {
        List<SiteIssue> found = new ArrayList<>();
        PageToken position = after;
        int chunk = max + 1;
        read:
        while (true) {
            List<SiteIssue> rows = data.seek(query.projects(), order, position, chunk);
            for (SiteIssue row : rows) {
                position = PageToken.after(order, row);
                if (query.where().test(row)) {
                    found.add(row);
                    if (found.size() > max) {
                        break read;
                    }
                }
            }
            if (rows.size() < chunk) {
                break;
            }
            chunk = Math.min(chunk * 2, Math.max(MAX_CHUNK, max + 1));
        }
        if (found.size() <= max) {
            return new Page(found, null);
        }
        List<SiteIssue> page = found.subList(0, max);
        return new Page(page, PageToken.after(order, page.get(max - 1)).encode());
    }

    private Bound bind(String jql, Caller caller) {
        try {
            JqlQuery query = JqlParser.parse(jql == null ? "" : jql);
            if (!query.isBounded()) {
                throw JiraError.badRequest(UNBOUNDED);
            }
            Set<Long> visible = permissions.browsable(caller);
            List<SiteData.Project> projects = data.projects();
            JqlContext context = context(caller, visible, projects);
            Predicate<JqlIssue> where = query.where(context);
            Comparator<JqlIssue> order = query.orderBy(context);
            return new Bound(where, order, query.seekOrder(), candidates(query, visible, projects));
        } catch (JqlException e) {
            throw JiraError.badRequest(e.getMessage());
        }
    }

    /** The projects whose issues can match: visible ones the query's project clauses name; null for every project. */
    private static Collection<Long> candidates(JqlQuery query, Set<Long> visible, List<SiteData.Project> projects) {
        List<Set<String>> restrictions = query.projectRestrictions();
        if (restrictions.isEmpty() && visible.size() == projects.size()) {
            return null;
        }
        Set<Long> ids = new TreeSet<>();
        for (SiteData.Project p : projects) {
            // a project value matches by key, id or name, case-insensitively, as the project clause does
            List<String> names = List.of(lower(p.key()), String.valueOf(p.id()), lower(p.name()));
            if (visible.contains(p.id()) && restrictions.stream().allMatch(r -> names.stream().anyMatch(r::contains))) {
                ids.add(p.id());
            }
        }
        return ids;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private JqlContext context(Caller caller, Set<Long> visible, List<SiteData.Project> projects) {
        return new JqlContext(Clock.systemUTC(), ZoneOffset.UTC, caller.accountId(),
                name -> Optional.ofNullable(name.toLowerCase(Locale.ROOT).startsWith("customfield_")
                        && CUSTOM_FIELDS.containsValue(name.toLowerCase(Locale.ROOT))
                        ? name.toLowerCase(Locale.ROOT) : CUSTOM_FIELDS.get(name.toLowerCase(Locale.ROOT))),
                value -> projects.stream().filter(p -> visible.contains(p.id()))
                        .anyMatch(p -> p.key().equalsIgnoreCase(value)
                                || String.valueOf(p.id()).equals(value) || p.name().equalsIgnoreCase(value)));
    }
}
