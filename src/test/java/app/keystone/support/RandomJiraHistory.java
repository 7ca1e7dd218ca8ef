package app.keystone.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Plausible random Jira histories for the property tests: creates, edits, deletes (with their cascaded link
 * deletes), link churn. Every event carries the issue as it stands after it, times strictly increase, and each
 * event has the identifier Jira would keep across its retries. Tests supply how issues are created and edited.
 */
public final class RandomJiraHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Event(String hook, Map<String, Object> body, String identifier) {
    }

    /** What a test varies: the mix of actions, how a new issue looks, and what an edit changes. */
    public interface Shape {

        /** Out of how many draws: [0, creates) create, then edits, one delete, links, then an unlink. */
        int actions();

        int creates();

        int edits();

        int links();

        /** Fewer live issues than this: always create. */
        int minAlive();

        void create(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive);

        void edit(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive);

        /** When an issue is deleted, what happens to its children in this test's model. */
        default void orphan(JiraPayloads.Issue deleted, Map<Long, JiraPayloads.Issue> alive) {
        }
    }

    private RandomJiraHistory() {
    }

    /** @param alive filled with the issues alive at the end */
    public static List<Event> generate(Random random, int length, Shape shape, Map<Long, JiraPayloads.Issue> alive) {
        List<Event> events = new ArrayList<>();
        Map<Long, long[]> links = new LinkedHashMap<>();
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        long nextIssue = 10001;
        long nextLink = 30001;
        long changelog = 50000;
        while (events.size() < length) {
            now = now.plusMillis(1 + random.nextInt(5000));
            int action = random.nextInt(shape.actions());
            if (alive.size() < shape.minAlive() || action < shape.creates()) {
                JiraPayloads.Issue issue = new JiraPayloads.Issue(nextIssue, "WEB-" + (nextIssue - 10000), now);
                nextIssue++;
                shape.create(random, issue, alive);
                alive.put(issue.id, issue);
                events.add(issueEvent("issue-created", "jira:issue_created", issue, ++changelog));
            } else if (action < shape.creates() + shape.edits()) {
                JiraPayloads.Issue issue = pick(random, new ArrayList<>(alive.values()));
                issue.updated = now;
                shape.edit(random, issue, alive);
                events.add(issueEvent("issue-updated", "jira:issue_updated", issue, ++changelog));
            } else if (action == shape.creates() + shape.edits()) {
                JiraPayloads.Issue issue = pick(random, new ArrayList<>(alive.values()));
                alive.remove(issue.id);
                shape.orphan(issue, alive);
                events.add(issueEvent("issue-deleted", "jira:issue_deleted", issue, 0));
                for (var it = links.entrySet().iterator(); it.hasNext(); ) {
                    var link = it.next();
                    if (link.getValue()[0] == issue.id || link.getValue()[1] == issue.id) {
                        now = now.plusMillis(1);
                        events.add(linkEvent(false, link.getKey(), link.getValue(), now));
                        it.remove();
                    }
                }
            } else if (action <= shape.creates() + shape.edits() + shape.links()) {
                List<JiraPayloads.Issue> candidates = new ArrayList<>(alive.values());
                JiraPayloads.Issue source = pick(random, candidates);
                JiraPayloads.Issue destination = pick(random, candidates);
                if (source != destination) {
                    long[] ends = {source.id, destination.id};
                    links.put(nextLink, ends);
                    events.add(linkEvent(true, nextLink++, ends, now));
                }
            } else if (!links.isEmpty()) {
                Long linkId = pick(random, new ArrayList<>(links.keySet()));
                events.add(linkEvent(false, linkId, links.remove(linkId), now));
            }
        }
        return events;
    }

    public static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static Event linkEvent(boolean created, long linkId, long[] ends, Instant at) {
        return new Event(created ? "issuelink-created" : "issuelink-deleted",
                JiraPayloads.linkEvent(created, linkId, ends[0], ends[1], at), UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private static Event issueEvent(String hook, String webhookEvent, JiraPayloads.Issue issue, long changelog) {
        try {
            // serialise now: the issue object keeps changing as the history goes on
            return new Event(hook, JSON.readValue(JSON.writeValueAsString(
                    JiraPayloads.issueEvent(webhookEvent, issue, changelog)), Map.class), UUID.randomUUID().toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
