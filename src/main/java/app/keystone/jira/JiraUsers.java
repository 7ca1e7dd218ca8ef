package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks Jira users up as the app ({@code GET /rest/api/3/user/bulk}, paged: Jira's default page is 10). Ids Jira
 * does not know are absent from the answer. {@link #unknown} validates ids on every save, so ids found are cached
 * for a few minutes per site; without a Jira to ask ({@code keystone.users.verify=false}, like permission
 * enforcement in tests) it accepts every id.
 */
@Component
public class JiraUsers {

    private static final int IDS_PER_CALL = 50;
    private static final long TTL_MS = 5 * 60_000;

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
        Set<String> found = find(tenant, ask).keySet();
        found.forEach(id -> known.put(tenant.value() + "/" + id, now));
        ask.removeAll(found);
        return ask;
    }

    public Map<String, JiraUser> find(TenantId tenant, Collection<String> accountIds) {
        Map<String, JiraUser> found = new HashMap<>();
        List<String> ids = accountIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_CALL) {
            String query = ids.subList(from, Math.min(ids.size(), from + IDS_PER_CALL)).stream()
                    .map(id -> "accountId=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            int startAt = 0;
            while (true) {
                JsonNode page = page(tenant, query, startAt);
                JsonNode values = page == null ? null : page.path("values");
                if (values == null || values.isEmpty()) {
                    break;
                }
                values.forEach(u -> found.put(u.path("accountId").asText(), new JiraUser(u.path("accountId").asText(),
                        u.path("displayName").asText(null), u.path("avatarUrls").path("48x48").asText(null),
                        u.path("active").asBoolean(true))));
                startAt += values.size();
                if (page.path("isLast").asBoolean(true)) {
                    break;
                }
            }
        }
        return found;
    }

    private JsonNode page(TenantId tenant, String query, int startAt) {
        try {
            return jira.get(tenant, "/rest/api/3/user/bulk?" + query + "&startAt=" + startAt
                    + "&maxResults=" + IDS_PER_CALL);
        } catch (JiraHttpException e) {
            if (e.status() == 400 || e.status() == 404) {
                return null; // Jira rejects ids it cannot resolve: they are unknown, not an outage
            }
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not look the users up in Jira (" + e.status() + "). Try again shortly.");
        }
    }
}
