package app.keystone.jira.sync;

import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.payload.IssueParser;
import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.jira.rest.JiraClient;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** One page of {@code POST /rest/api/3/search/jql}: no total, a {@code nextPageToken} until the last page. */
@Component
class SearchPages {

    private final JiraClient jira;
    private final int pageSize;

    SearchPages(JiraClient jira, @Value("${keystone.backfill.page-size:100}") int pageSize) {
        this.jira = jira;
        this.pageSize = pageSize;
    }

    record Page(List<IssueSnapshot> issues, String nextPageToken) {

        boolean last() {
            return nextPageToken == null;
        }
    }

    Page fetch(TenantId tenant, String jql, FieldIds ids, String pageToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jql", jql);
        body.put("fields", SearchFields.of(ids));
        body.put("maxResults", pageSize);
        if (pageToken != null) {
            body.put("nextPageToken", pageToken);
        }
        JsonNode page = jira.post(tenant, "/rest/api/3/search/jql", body);
        List<IssueSnapshot> issues = new ArrayList<>();
        for (JsonNode issue : page.path("issues")) {
            issues.add(IssueParser.parse(issue, ids));
        }
        // absent and null mean the same: this was the last page
        JsonNode next = page.get("nextPageToken");
        boolean isLast = page.path("isLast").asBoolean(false) || next == null || next.isNull() || next.asText().isEmpty();
        return new Page(issues, isLast ? null : next.asText());
    }

    long approximateCount(TenantId tenant, String jql) {
        return jira.post(tenant, "/rest/api/3/search/approximate-count", Map.of("jql", jql)).path("count").asLong(0);
    }
}
