package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The objects inside webhook payloads (wire-formats §1, §2.1): the same field rendering as REST, but with
 * v2 URLs, the malformed {@code issue.self} real deliveries carry, every known field present (null when
 * empty), {@code statusCategory.name} "New" for key {@code new}, and date-times in the actor's time zone.
 * Public so the editor (package edit) can build payloads without reaching into the REST internals.
 */
@Component
@SandboxProfile
public class WebhookRendering {

    /** Fields a real site sends although the sandbox keeps no data for them: present and empty. */
    private static final List<String> NULL_FIELDS = List.of("description", "environment", "lastViewed", "security",
            "customfield_10014", "customfield_10018", "customfield_10019", "customfield_10020", "customfield_10026");
    private static final List<String> EMPTY_LIST_FIELDS = List.of("components", "fixVersions", "versions",
            "attachment");

    private final IssueRenderer renderer;
    private final SiteData data;

    WebhookRendering(IssueRenderer renderer, SiteData data) {
        this.renderer = renderer;
        this.data = data;
    }

    /** The actor's zone, falling back to UTC for ids the site does not know. */
    public ZoneId zoneOf(String accountId) {
        return data.user(accountId).map(u -> {
            try {
                return ZoneId.of(u.timeZone());
            } catch (DateTimeException e) {
                return (ZoneId) ZoneOffset.UTC;
            }
        }).orElse(ZoneOffset.UTC);
    }

    /** The webhook {@code issue} object: {@code {id, self, key, fields}} as it stands now. */
    public ObjectNode issue(SiteIssue issue, ZoneId zone) {
        IssueRenderer webhook = renderer.with(renderer.json().webhookStyle(zone));
        ObjectNode rendered = webhook.render(issue, FieldSelection.parse(null, true));
        ObjectNode fields = (ObjectNode) rendered.get("fields");
        NULL_FIELDS.forEach(f -> fields.putNull(f));
        EMPTY_LIST_FIELDS.forEach(fields::putArray);
        fields.set("creator", fields.get("reporter"));
        fields.put("workratio", -1);
        long spent = issue.timeSpent() == null ? 0 : issue.timeSpent();
        long total = spent + (issue.remainingEstimate() == null ? 0 : issue.remainingEstimate());
        fields.putObject("progress").put("progress", spent).put("total", total);
        fields.putObject("aggregateprogress").put("progress", spent).put("total", total);
        fields.putObject("votes").put("self", webhook.json().api("issue/" + issue.key() + "/votes"))
                .put("votes", 0).put("hasVoted", false);
        fields.putObject("watches").put("self", webhook.json().api("issue/" + issue.key() + "/watchers"))
                .put("watchCount", 1).put("isWatching", false);
        // webhooks name the "new" category "New" on the issue's own status (nested ones keep "To Do")
        JsonNode category = fields.path("status").path("statusCategory");
        if (category instanceof ObjectNode c && "new".equals(c.path("key").asText())) {
            c.put("name", "New");
        }
        ObjectNode node = webhook.json().object().put("id", issue.id())
                // the "issue/" segment is missing in real deliveries too
                .put("self", webhook.json().api(issue.id())).put("key", issue.key());
        node.set("fields", fields);
        return node;
    }

    /** UserDetails as webhooks render the actor (v2 URL), or null for an unknown account. */
    public ObjectNode user(String accountId) {
        return accountId == null ? null
                : data.user(accountId).map(u -> renderer.json().webhookStyle(ZoneOffset.UTC).user(u)).orElse(null);
    }

    /** The {@code project} of project_* webhooks: a numeric id, a lead, no projectTypeKey. */
    public ObjectNode project(SiteData.Project p) {
        JiraJson j = renderer.json().webhookStyle(ZoneOffset.UTC);
        ObjectNode rendered = j.project(p.id(), p.key(), p.name());
        ObjectNode node = j.object().put("self", j.api("project/" + p.id())).put("id", p.id()).put("key", p.key())
                .put("name", p.name());
        node.set("avatarUrls", rendered.get("avatarUrls"));
        node.set("projectLead", user(p.lead()));
        return node.put("assigneeType", "admin.assignee.type.unassigned");
    }
}
