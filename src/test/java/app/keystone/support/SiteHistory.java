package app.keystone.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A generated site's webhook history (creates, field edits, links made and removed, a few deletes) with the mirror
 * it must end in. Jira times strictly increase, so the expected final state is simply each entity's last event;
 * bursts may deliver in any order and the mirror must still end there. Shared by resilience tests and the load driver.
 */
public final class SiteHistory {

    /** One delivery; {@code issueId}/{@code updatedMillis} name the issue version it carries (0 for link events). */
    public record Event(String hook, String body, String identifier, long issueId, long updatedMillis) {
        public String path() {
            return "/webhooks/" + hook;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public final List<Event> events = new ArrayList<>();
    /** issue id → expected jira_updated (epoch ms) and tombstone flag. */
    public final Map<Long, Long> issueUpdated = new HashMap<>();
    public final Map<Long, Boolean> issueDeleted = new HashMap<>();
    /** link id → expected tombstone flag. */
    public final Map<Long, Boolean> linkDeleted = new HashMap<>();

    /**
     * @param issues issues created; each gets {@code updates} edits, 2% of them are deleted at the end
     * @param links  links among the surviving issues; every fifth is removed again
     */
    public static SiteHistory generate(String idPrefix, int issues, int updates, int links, long seed) {
        SiteHistory h = new SiteHistory();
        Random random = new Random(seed);
        Instant clock = Instant.parse("2026-11-01T08:00:00Z");
        List<JiraPayloads.Issue> all = new ArrayList<>();
        for (int i = 0; i < issues; i++) {
            clock = clock.plusMillis(1);
            JiraPayloads.Issue issue = new JiraPayloads.Issue(10001 + i, "WEB-" + (i + 1), clock);
            all.add(issue);
            h.issue(idPrefix, "issue-created", "jira:issue_created", issue, 1);
        }
        for (int round = 1; round <= updates; round++) {
            for (JiraPayloads.Issue issue : all) {
                clock = clock.plusMillis(1);
                issue.updated = clock;
                boolean done = round % 2 == 0;
                issue.status = done ? "Done" : "In Progress";
                issue.category = done ? "done" : "indeterminate";
                issue.labels = List.of("round-" + round);
                h.issue(idPrefix, "issue-updated", "jira:issue_updated", issue, 1L + round);
            }
        }
        int deletable = Math.max(1, issues / 50);
        int linkable = issues - deletable;
        for (int l = 0; l < links && linkable > 1; l++) {
            clock = clock.plusMillis(1);
            long source = 10001 + random.nextInt(linkable);
            long destination = 10001 + random.nextInt(linkable);
            long linkId = 30001 + l;
            h.link(idPrefix, true, linkId, source, destination, clock);
            if (l % 5 == 4) {
                clock = clock.plusMillis(1);
                h.link(idPrefix, false, linkId, source, destination, clock);
            }
        }
        for (int i = linkable; i < issues; i++) {
            clock = clock.plusMillis(1);
            JiraPayloads.Issue issue = all.get(i);
            issue.updated = clock;
            h.issue(idPrefix, "issue-deleted", "jira:issue_deleted", issue, 0);
        }
        return h;
    }

    private void issue(String prefix, String hook, String webhookEvent, JiraPayloads.Issue issue, long changelog) {
        String body = json(JiraPayloads.issueEvent(webhookEvent, issue, changelog));
        long updated = issue.updated.toEpochMilli();
        events.add(new Event(hook, body, prefix + "-" + events.size(), issue.id, updated));
        issueUpdated.put(issue.id, updated);
        issueDeleted.put(issue.id, hook.equals("issue-deleted"));
    }

    private void link(String prefix, boolean created, long id, long source, long destination, Instant at) {
        String body = json(JiraPayloads.linkEvent(created, id, source, destination, at));
        events.add(new Event(created ? "issuelink-created" : "issuelink-deleted", body, prefix + "-" + events.size(), 0, 0));
        linkDeleted.put(id, !created);
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mirror rows that differ from the expected final state (missing, at an older version, or wrongly deleted). */
    public List<String> differences(Connection db, UUID tenant) throws SQLException {
        Map<Long, Long> actualUpdated = new HashMap<>();
        Map<Long, Boolean> actualDeleted = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                "select issue_id, jira_updated, deleted_at is not null from jira_issue where tenant_id = ?")) {
            st.setObject(1, tenant);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actualUpdated.put(rs.getLong(1), rs.getTimestamp(2).getTime());
                    actualDeleted.put(rs.getLong(1), rs.getBoolean(3));
                }
            }
        }
        Map<Long, Boolean> actualLinks = new HashMap<>();
        try (PreparedStatement st = db.prepareStatement(
                "select link_id, deleted_at is not null from jira_issue_link where tenant_id = ?")) {
            st.setObject(1, tenant);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    actualLinks.put(rs.getLong(1), rs.getBoolean(2));
                }
            }
        }
        List<String> diff = new ArrayList<>();
        issueUpdated.forEach((id, updated) -> {
            if (!updated.equals(actualUpdated.get(id)) || !issueDeleted.get(id).equals(actualDeleted.get(id))) {
                diff.add("issue " + id + " expected " + updated + "/" + issueDeleted.get(id) + " got "
                        + actualUpdated.get(id) + "/" + actualDeleted.get(id));
            }
        });
        linkDeleted.forEach((id, deleted) -> {
            if (!deleted.equals(actualLinks.get(id))) {
                diff.add("link " + id + " expected deleted=" + deleted + " got " + actualLinks.get(id));
            }
        });
        if (actualUpdated.size() != issueUpdated.size() || actualLinks.size() != linkDeleted.size()) {
            diff.add("row counts: issues " + actualUpdated.size() + "/" + issueUpdated.size()
                    + ", links " + actualLinks.size() + "/" + linkDeleted.size());
        }
        return diff;
    }
}
