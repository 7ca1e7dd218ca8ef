package app.keystone.sandbox.edit;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.hooks.WebhookOutbox;
import app.keystone.sandbox.hooks.WebhookOutbox.Flow;
import app.keystone.sandbox.rest.SiteData;
import app.keystone.sandbox.rest.SiteIssue;
import app.keystone.sandbox.rest.WebhookRendering;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the payloads Jira sends for each change (wire formats §1.2–§1.7) and queues them in the caller's
 * transaction: {@code user} only on issue events, numeric ids in {@code issueLink} and {@code project}, the
 * issue as it stands after the change (before it, for a deletion), date-times in the actor's zone.
 */
@Component
@SandboxProfile
class IssueEvents {

    private final WebhookOutbox outbox;
    private final WebhookRendering rendering;
    private final JdbcClient db;

    IssueEvents(WebhookOutbox outbox, WebhookRendering rendering, JdbcClient db) {
        this.outbox = outbox;
        this.rendering = rendering;
        this.db = db;
    }

    void created(SiteIssue issue, String actor, List<ObjectNode> items) {
        ObjectNode payload = issueEvent("jira:issue_created", "issue_created", issue, actor, issue.updated().toEpochMilli());
        payload.set("changelog", changelog(items));
        outbox.enqueue("jira:issue_created", payload, Flow.Primary, issue.key());
    }

    /** Field edits are "issue_updated"; a save that transitions the status is "issue_generic", as on real sites. */
    void updated(SiteIssue issue, String actor, List<ObjectNode> items, Flow flow) {
        boolean transition = items.stream().anyMatch(i -> "status".equals(i.path("fieldId").asText()));
        ObjectNode payload = issueEvent("jira:issue_updated", transition ? "issue_generic" : "issue_updated", issue,
                actor, issue.updated().toEpochMilli());
        payload.set("changelog", changelog(items));
        outbox.enqueue("jira:issue_updated", payload, flow, issue.key());
    }

    /** @param issue as it stood before the deletion; no changelog */
    void deleted(SiteIssue issue, String actor, long timestamp) {
        outbox.enqueue("jira:issue_deleted", issueEvent("jira:issue_deleted", "issue_deleted", issue, actor, timestamp),
                Flow.Primary, issue.key());
    }

    void linkCreated(SiteData.Link link, long timestamp) {
        outbox.enqueue("issuelink_created", linkEvent("issuelink_created", link, timestamp), Flow.Primary,
                "link " + link.id());
    }

    /** Secondary when the link goes because an issue went (cascade), Primary when someone removed it. */
    void linkDeleted(SiteData.Link link, long timestamp, Flow flow) {
        outbox.enqueue("issuelink_deleted", linkEvent("issuelink_deleted", link, timestamp), flow, "link " + link.id());
    }

    void projectDeleted(SiteData.Project project, long timestamp) {
        ObjectNode payload = envelope("project_deleted", timestamp);
        payload.set("project", rendering.project(project));
        outbox.enqueue("project_deleted", payload, Flow.Primary, "project " + project.key());
    }

    private ObjectNode issueEvent(String event, String typeName, SiteIssue issue, String actor, long timestamp) {
        ObjectNode payload = envelope(event, timestamp).put("issue_event_type_name", typeName);
        payload.set("user", rendering.user(actor));
        payload.set("issue", rendering.issue(issue, rendering.zoneOf(actor)));
        return payload;
    }

    private ObjectNode linkEvent(String event, SiteData.Link link, long timestamp) {
        ObjectNode payload = envelope(event, timestamp);
        ObjectNode l = payload.putObject("issueLink").put("id", link.id()).put("sourceIssueId", link.outwardIssue())
                .put("destinationIssueId", link.inwardIssue());
        // the blocker is the source: "source blocks destination"
        l.putObject("issueLinkType").put("id", 10000).put("name", "Blocks").put("outwardName", "blocks")
                .put("inwardName", "is blocked by").put("isSubTaskLinkType", false).put("isSystemLinkType", false);
        l.put("systemLink", false);
        return payload;
    }

    private static ObjectNode envelope(String event, long timestamp) {
        return JsonNodeFactory.instance.objectNode().put("timestamp", timestamp).put("webhookEvent", event);
    }

    private ObjectNode changelog(List<ObjectNode> items) {
        long id = db.sql("select nextval('sandbox_id_seq')").query(Long.class).single();
        ObjectNode changelog = JsonNodeFactory.instance.objectNode().put("id", Long.toString(id));
        changelog.putArray("items").addAll(items);
        return changelog;
    }
}
