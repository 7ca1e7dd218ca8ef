package app.keystone.jira.payload;

import static app.keystone.jira.payload.JiraValues.id;
import static app.keystone.jira.payload.JiraValues.optionalId;
import static app.keystone.jira.payload.JiraValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A Jira webhook body, read as Jira Cloud sends it (wire formats §1): the envelope's {@code timestamp}, and
 * per event the issue, the link (inside {@code issueLink}, or at top level as Atlassian's own sample prints
 * it) or the project. {@link #parse} throws {@link PayloadException} when something the mirror needs is missing.
 */
public sealed interface WebhookPayload {

    Instant timestamp();

    record IssueEvent(Instant timestamp, boolean deleted, IssueSnapshot issue, long changelogId,
                      List<ChangeItem> changes) implements WebhookPayload {
    }

    record LinkEvent(Instant timestamp, boolean deleted, LinkSnapshot link) implements WebhookPayload {
    }

    record ProjectDeleted(Instant timestamp, long projectId, String projectKey) implements WebhookPayload {
    }

    /** One changelog item, keyed by {@code fieldId} when present, else by {@code field} (IssueParentAssociation). */
    record ChangeItem(String field, String from, String to, String fromText, String toText) {
    }

    static WebhookPayload parse(String webhookEvent, JsonNode body, FieldIds ids) {
        JsonNode ts = body.get("timestamp");
        if (ts == null || !ts.isIntegralNumber()) {
            throw new PayloadException("timestamp is missing or not epoch milliseconds");
        }
        Instant timestamp = Instant.ofEpochMilli(ts.asLong());
        return switch (webhookEvent) {
            case "jira:issue_created", "jira:issue_updated", "jira:issue_deleted" -> {
                JsonNode changelog = body.path("changelog");
                Long changelogId = optionalId(changelog.get("id"));
                yield new IssueEvent(timestamp, webhookEvent.equals("jira:issue_deleted"),
                        IssueParser.parse(body.get("issue"), ids), changelogId == null ? 0 : changelogId,
                        items(changelog.get("items")));
            }
            case "issuelink_created", "issuelink_deleted" -> {
                JsonNode link = body.has("issueLink") ? body.get("issueLink") : body;
                yield new LinkEvent(timestamp, webhookEvent.equals("issuelink_deleted"), new LinkSnapshot(
                        id(link.get("id"), "issueLink.id"), id(link.get("sourceIssueId"), "issueLink.sourceIssueId"),
                        id(link.get("destinationIssueId"), "issueLink.destinationIssueId"),
                        text(link.path("issueLinkType").get("name"))));
            }
            case "project_deleted" -> new ProjectDeleted(timestamp, id(body.path("project").get("id"), "project.id"),
                    text(body.path("project").get("key")));
            default -> throw new PayloadException("Keystone does not process '" + webhookEvent + "'");
        };
    }

    private static List<ChangeItem> items(JsonNode node) {
        List<ChangeItem> items = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                String field = text(item.get("fieldId"));
                items.add(new ChangeItem(field != null ? field : text(item.get("field")), text(item.get("from")),
                        text(item.get("to")), text(item.get("fromString")), text(item.get("toString"))));
            }
        }
        return List.copyOf(items);
    }
}
