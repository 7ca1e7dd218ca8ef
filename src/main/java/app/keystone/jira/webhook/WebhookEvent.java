package app.keystone.jira.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The Jira events Keystone subscribes to in its descriptor, by the path each is delivered to. */
enum WebhookEvent {
    ISSUE_CREATED("issue-created", "jira:issue_created"),
    ISSUE_UPDATED("issue-updated", "jira:issue_updated"),
    ISSUE_DELETED("issue-deleted", "jira:issue_deleted"),
    ISSUELINK_CREATED("issuelink-created", "issuelink_created"),
    ISSUELINK_DELETED("issuelink-deleted", "issuelink_deleted"),
    PROJECT_DELETED("project-deleted", "project_deleted");

    private final String path;
    private final String jiraName;

    WebhookEvent(String path, String jiraName) {
        this.path = path;
        this.jiraName = jiraName;
    }

    String jiraName() {
        return jiraName;
    }

    static Optional<WebhookEvent> byJiraName(String jiraName) {
        return Arrays.stream(values()).filter(e -> e.jiraName.equals(jiraName)).findFirst();
    }

    static Optional<WebhookEvent> byPath(String path) {
        return Arrays.stream(values()).filter(e -> e.path.equals(path)).findFirst();
    }
}
