package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether account ids name users of the site ({@code GET /rest/api/3/user/bulk}, paged), so records never point at
 * people Jira does not know. Known ids are cached for a few minutes per site: forms validate on every save. Without
 * a Jira to ask ({@code keystone.users.verify=false}, like permission enforcement in tests) every id is accepted.
 */
@Component
public class JiraUsers {

    private static final long TTL_MS = 5 * 60_000;
    private static final int PAGE = 50;

    private final JiraClient jira;
    private final boolean verify;
    private final Map<String, Long> known = new ConcurrentHashMap<>();

    JiraUsers(JiraClient jira, @Value("${keystone.users.verify:${keystone.permissions.enforce:true}}") boolean verify) {
        this.jira = jira;
        this.verify = verify;
    }

    /** The ids among {@code accountIds} that Jira does not know; 502 JIRA_UNAVAILABLE when it cannot be asked. */
    public Set<String> unknown(TenantId tenant, Collection<String> accountIds) {
        Set<String> ask = new HashSet<>();
        long now = System.currentTimeMillis();
        for (String id : accountIds) {
            Long at = known.get(tenant.value() + "/" + id);
            if (verify && (at == null || now - at > TTL_MS)) {
                ask.add(id);
            }
        }
        if (ask.isEmpty()) {
            return Set.of();
        }
        Set<String> found = fetch(tenant, List.copyOf(ask));
        found.forEach(id -> known.put(tenant.value() + "/" + id, now));
        ask.removeAll(found);
        return ask;
    }

    private Set<String> fetch(TenantId tenant, List<String> ids) {
        String query = ids.stream().map(id -> "accountId=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Set<String> found = new HashSet<>();
        try {
            for (int start = 0; ; start += PAGE) {
                JsonNode page = jira.get(tenant, "/rest/api/3/user/bulk?" + query + "&startAt=" + start
                        + "&maxResults=" + PAGE);
                page.path("values").forEach(u -> found.add(u.path("accountId").asText()));
                if (page.path("isLast").asBoolean(true) || page.path("values").isEmpty()) {
                    return found;
                }
            }
        } catch (JiraHttpException e) {
            if (e.status() == 400 || e.status() == 404) {
                return found; // Jira rejects ids it cannot resolve: they are unknown, not an outage
            }
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not look up users in Jira (" + e.status() + "). Try again shortly.");
        }
    }
}
