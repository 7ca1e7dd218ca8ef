package app.keystone.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Webhook bodies shaped as Jira Cloud sends them (wire formats §1, §2): string issue ids, numeric link ids,
 * `+0530` offsets, statusCategory by key, custom fields by id. Built by hand, not by Keystone's parser.
 */
public final class JiraPayloads {

    public static final String STORY_POINTS = "customfield_10016";
    public static final String START_DATE = "customfield_10015";
    private static final DateTimeFormatter JIRA = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.ofHoursMinutes(5, 30));

    private JiraPayloads() {
    }

    /** The state of one issue; mutable so tests can derive the next version. */
    public static final class Issue {
        public long id;
        public String key;
        public long projectId = 10000;
        public String projectKey = "WEB";
        public Long parentId;
        public String status = "To Do";
        public String category = "new";
        public Double points;
        public String dueDate;
        public List<String> labels = new ArrayList<>();
        public Instant updated;
        public int level;
        public String type = "Story";
        public String startDate;
        public Long timeOriginal;
        public Long timeRemaining;
        public Long timeSpent;
        public String summary;

        public Issue(long id, String key, Instant updated) {
            this.id = id;
            this.key = key;
            this.updated = updated;
        }

        public Map<String, Object> json() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("summary", summary != null ? summary : "Issue " + key);
            fields.put("issuetype", Map.of("id", Integer.toString(10001 + level + 1), "name", type,
                    "subtask", level < 0, "hierarchyLevel", level));
            fields.put("project", Map.of("id", Long.toString(projectId), "key", projectKey, "name", projectKey));
            fields.put("status", Map.of("id", category.equals("done") ? "10002" : "10000", "name", status,
                    "statusCategory", Map.of("id", category.equals("done") ? 3 : 2, "key", category, "name", "New")));
            if (parentId != null) {
                fields.put("parent", Map.of("id", Long.toString(parentId), "key", "P-" + parentId));
            }
            fields.put("assignee", null);
            fields.put("labels", labels);
            fields.put("duedate", dueDate);
            fields.put(STORY_POINTS, points);
            fields.put("created", JIRA.format(updated.minusSeconds(3600)));
            fields.put("updated", JIRA.format(updated));
            fields.put("resolutiondate", category.equals("done") ? JIRA.format(updated) : null);
            fields.put("timeoriginalestimate", timeOriginal);
            fields.put("timeestimate", timeRemaining);
            fields.put("timespent", timeSpent);
            fields.put(START_DATE, startDate);
            fields.put("customfield_10018", Map.of("hasEpicLinkFieldDependency", false, "nonEditableReason",
                    Map.of("reason", "PLUGIN_LICENSE_ERROR")));
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("id", Long.toString(id));
            issue.put("self", "https://acme.atlassian.net/rest/api/2/" + id);
            issue.put("key", key);
            issue.put("fields", fields);
            return issue;
        }
    }

    public static Map<String, Object> issueEvent(String webhookEvent, Issue issue, long changelogId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", issue.updated.toEpochMilli());
        body.put("webhookEvent", webhookEvent);
        body.put("issue_event_type_name", webhookEvent.equals("jira:issue_created") ? "issue_created" : "issue_updated");
        body.put("user", Map.of("accountId", "712020:aa", "displayName", "Priya Raman", "active", true));
        body.put("issue", issue.json());
        if (!webhookEvent.equals("jira:issue_deleted")) {
            body.put("changelog", Map.of("id", Long.toString(changelogId), "items", List.of()));
        }
        body.put("matchedWebhookIds", List.of(1));
        return body;
    }

    public static Map<String, Object> linkEvent(boolean created, long linkId, long source, long destination,
                                                Instant timestamp) {
        return Map.of("timestamp", timestamp.toEpochMilli(),
                "webhookEvent", created ? "issuelink_created" : "issuelink_deleted",
                "issueLink", Map.of("id", linkId, "sourceIssueId", source, "destinationIssueId", destination,
                        "issueLinkType", Map.of("id", 10000, "name", "Blocks", "outwardName", "blocks",
                                "inwardName", "is blocked by", "isSubTaskLinkType", false, "isSystemLinkType", false),
                        "systemLink", false));
    }
}
