package app.keystone.jira.payload;

import static app.keystone.jira.payload.JiraValues.date;
import static app.keystone.jira.payload.JiraValues.dateTime;
import static app.keystone.jira.payload.JiraValues.decimal;
import static app.keystone.jira.payload.JiraValues.id;
import static app.keystone.jira.payload.JiraValues.optionalId;
import static app.keystone.jira.payload.JiraValues.seconds;
import static app.keystone.jira.payload.JiraValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns Jira's issue object (webhook v2 rendering or REST v3 — the keys Keystone reads are the same) into an
 * {@link IssueSnapshot}. Strict about what the mirror relies on (issue id, project, {@code updated}), lenient
 * about everything else: unknown fields are ignored, odd values become null.
 */
public final class IssueParser {

    private IssueParser() {
    }

    public static IssueSnapshot parse(JsonNode issue, FieldIds ids) {
        if (issue == null || !issue.isObject()) {
            throw new PayloadException("issue is missing");
        }
        long issueId = id(issue.get("id"), "issue.id");
        JsonNode f = issue.path("fields");
        if (!f.isObject()) {
            throw new PayloadException("issue.fields is missing");
        }
        JsonNode project = f.path("project");
        long projectId = id(project.get("id"), "issue.fields.project.id");
        Instant updated = dateTime(f.get("updated"), "issue.fields.updated");
        if (updated == null) {
            throw new PayloadException("issue.fields.updated is missing");
        }
        JsonNode type = f.path("issuetype");
        JsonNode status = f.path("status");
        JsonNode tracking = f.path("timetracking");
        return new IssueSnapshot(issueId, text(issue.get("key")), projectId, text(project.get("key")),
                text(f.get("summary")), optionalId(type.get("id")), text(type.get("name")),
                type.path("hierarchyLevel").isInt() ? type.get("hierarchyLevel").asInt() : null,
                optionalId(f.path("parent").get("id")), optionalId(status.get("id")), text(status.get("name")),
                text(status.path("statusCategory").get("key")), text(f.path("assignee").get("accountId")),
                text(f.path("reporter").get("accountId")),
                ids.storyPoints() == null ? null : decimal(f.get(ids.storyPoints())),
                firstSeconds(f.get("timeoriginalestimate"), tracking.get("originalEstimateSeconds")),
                firstSeconds(f.get("timeestimate"), tracking.get("remainingEstimateSeconds")),
                firstSeconds(f.get("timespent"), tracking.get("timeSpentSeconds")),
                ids.startDate() == null ? null : date(f.get(ids.startDate()), "start date"),
                date(f.get("duedate"), "issue.fields.duedate"), labels(f.get("labels")), flagged(f, ids),
                text(f.path("resolution").get("name")), dateTime(f.get("resolutiondate"), "resolutiondate"),
                dateTime(f.get("created"), "issue.fields.created"), updated, links(issueId, f.get("issuelinks")));
    }

    private static Long firstSeconds(JsonNode field, JsonNode fromTracking) {
        Long value = seconds(field);
        return value != null ? value : seconds(fromTracking);
    }

    private static List<String> labels(JsonNode node) {
        List<String> labels = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(l -> {
                if (l.isTextual()) {
                    labels.add(l.asText());
                }
            });
        }
        return List.copyOf(labels);
    }

    private static boolean flagged(JsonNode f, FieldIds ids) {
        if (ids.flagged() == null) {
            return false;
        }
        JsonNode value = f.get(ids.flagged());
        return value != null && (value.isArray() ? !value.isEmpty() : !value.isNull() && !value.asText().isBlank());
    }

    /** REST and webhook issues list links from the issue's side: an outward issue is the destination. */
    private static Optional<List<LinkSnapshot>> links(long issueId, JsonNode node) {
        if (node == null || !node.isArray()) {
            return Optional.empty();
        }
        List<LinkSnapshot> links = new ArrayList<>();
        for (JsonNode link : node) {
            Long linkId = optionalId(link.get("id"));
            String type = text(link.path("type").get("name"));
            Long outward = optionalId(link.path("outwardIssue").get("id"));
            Long inward = optionalId(link.path("inwardIssue").get("id"));
            if (linkId == null || (outward == null && inward == null)) {
                continue;
            }
            links.add(outward != null ? new LinkSnapshot(linkId, issueId, outward, type)
                    : new LinkSnapshot(linkId, inward, issueId, type));
        }
        return Optional.of(List.copyOf(links));
    }
}
