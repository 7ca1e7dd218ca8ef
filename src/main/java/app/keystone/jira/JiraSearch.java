package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.TenantId;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * JQL counts as the app ({@code POST /rest/api/3/search/approximate-count}), for modules that track a query's size
 * over time. Goes through {@link JiraClient}: the tenant's rate limit, and retries of 429 (honouring Retry-After)
 * and 5xx. A query Jira refuses is a {@link JqlRejected} carrying Jira's own words; any other failure, once
 * retries are spent, a {@link SearchFailed}.
 */
@Component
public class JiraSearch {

    private final JiraClient jira;

    JiraSearch(JiraClient jira) {
        this.jira = jira;
    }

    public long approximateCount(TenantId tenant, String jql) {
        try {
            return jira.post(tenant, "/rest/api/3/search/approximate-count", Map.of("jql", jql)).path("count").asLong(0);
        } catch (JiraHttpException e) {
            if (e.status() == 400) {
                throw new JqlRejected(e.jiraMessages().isEmpty() ? "Jira refused the query."
                        : String.join(" ", e.jiraMessages()));
            }
            throw new SearchFailed(e.status() == 0 ? "Jira could not be reached."
                    : "Jira answered " + e.status() + (e.status() == 429 ? " (rate limited) " : " ")
                    + "after Keystone's retries.");
        }
    }

    /** Jira answered 400: the JQL is invalid (or names something the app cannot see). The message is Jira's. */
    public static class JqlRejected extends RuntimeException {
        public JqlRejected(String jiraMessage) {
            super(jiraMessage);
        }
    }

    /** Jira was unavailable, or kept rate limiting, through every retry: worth trying again later. */
    public static class SearchFailed extends RuntimeException {
        public SearchFailed(String message) {
            super(message);
        }
    }
}
