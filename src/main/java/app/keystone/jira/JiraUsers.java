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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Looks Jira users up as the app ({@code GET /rest/api/3/user/bulk}, paged: Jira's default page is 10). Ids Jira
 * does not know are absent from the answer.
 */
@Component
public class JiraUsers {

    private static final int IDS_PER_CALL = 50;

    private final JiraClient jira;

    JiraUsers(JiraClient jira) {
        this.jira = jira;
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
            throw new KeystoneProblem(502, "JIRA_UNAVAILABLE", "Jira did not answer",
                    "Keystone could not look the users up in Jira (" + e.status() + "). Try again shortly.");
        }
    }
}
