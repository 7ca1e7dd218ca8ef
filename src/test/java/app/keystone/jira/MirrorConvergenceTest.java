package app.keystone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever order Jira delivers in, however often it repeats itself, the mirror ends where in-order
 * single delivery ends. Random histories (creates, field edits, re-parenting across projects, deletes with their
 * cascaded link deletes, link churn) go to two sites: in order and once to one; shuffled, duplicated and
 * replayed, from several threads at once, to the other. The seed is in the test name, so a failure reproduces.
 */
class MirrorConvergenceTest extends IntegrationTest {

    record Event(String hook, Map<String, Object> body, String identifier) {
    }

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 8);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void shuffledDuplicatedAndReplayedDeliveryConvergesToInOrderDelivery(int seed) throws Exception {
        List<Event> history = history(new Random(seed), 90);
        FakeJiraSite inOrder = installed("inorder");
        FakeJiraSite chaos = installed("chaos");
        MirrorProbe mirror = new MirrorProbe(db);
        UUID a = configure(mirror.tenantId(inOrder.clientKey));
        UUID b = configure(mirror.tenantId(chaos.clientKey));

        for (Event e : history) {
            deliver(inOrder, e, 0);
        }

        Random random = new Random(seed * 31L);
        List<Event> messy = new ArrayList<>(history);
        for (Event e : history) {
            if (random.nextInt(4) == 0) {
                messy.add(e); // duplicate or Jira retry, same identifier
            }
        }
        Collections.shuffle(messy, random);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (Event e : messy) {
            sent.add(pool.submit(() -> deliver(chaos, e, random.nextInt(3))));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        pool.shutdown();

        mirror.awaitDrained(a);
        mirror.awaitDrained(b);
        List<Map<String, Object>> expected = mirror.issues(a);
        List<Map<String, Object>> actual = mirror.issues(b);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertThat(actual.get(i)).as("issue row %d", i).isEqualTo(expected.get(i));
        }
        assertThat(actual).hasSameSizeAs(expected);
        assertThat(mirror.links(b)).as("links").isEqualTo(mirror.links(a));
        assertThat(mirror.issues(a)).isNotEmpty();
    }

    private UUID configure(UUID tenant) {
        db.sql("insert into jira_field_config (tenant_id, story_points_field, discovered_at) values (?, ?, now())")
                .param(tenant).param(JiraPayloads.STORY_POINTS).update();
        return tenant;
    }

    private void deliver(FakeJiraSite site, Event e, int retry) {
        String path = "/webhooks/" + e.hook();
        Map<String, String> headers = new HashMap<>(Map.of("X-Atlassian-Webhook-Identifier", e.identifier()));
        if (retry > 0) {
            headers.put("X-Atlassian-Webhook-Retry", Integer.toString(retry));
        }
        Response r = post(path, site.hs256("POST", path), e.body(), headers);
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /** A plausible Jira history: every event carries the issue as it stands after it, times strictly increasing. */
    private static List<Event> history(Random random, int length) {
        List<Event> events = new ArrayList<>();
        Map<Long, JiraPayloads.Issue> alive = new LinkedHashMap<>();
        Map<Long, long[]> links = new LinkedHashMap<>();
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        long nextIssue = 10001;
        long nextLink = 30001;
        long changelog = 50000;
        while (events.size() < length) {
            now = now.plusMillis(1 + random.nextInt(5000));
            int action = random.nextInt(10);
            if (alive.size() < 3 || action == 0) {
                JiraPayloads.Issue issue = new JiraPayloads.Issue(nextIssue, "WEB-" + (nextIssue - 10000), now);
                nextIssue++;
                alive.put(issue.id, issue);
                events.add(issueEvent("issue-created", "jira:issue_created", issue, ++changelog));
            } else if (action <= 5) {
                JiraPayloads.Issue issue = pick(random, new ArrayList<>(alive.values()));
                issue.updated = now;
                edit(random, issue, alive);
                events.add(issueEvent("issue-updated", "jira:issue_updated", issue, ++changelog));
            } else if (action == 6) {
                JiraPayloads.Issue issue = pick(random, new ArrayList<>(alive.values()));
                alive.remove(issue.id);
                alive.values().stream().filter(i -> issue.id == (i.parentId == null ? -1 : i.parentId))
                        .forEach(i -> i.parentId = null);
                events.add(issueEvent("issue-deleted", "jira:issue_deleted", issue, 0));
                for (var it = links.entrySet().iterator(); it.hasNext(); ) {
                    var link = it.next();
                    if (link.getValue()[0] == issue.id || link.getValue()[1] == issue.id) {
                        now = now.plusMillis(1);
                        events.add(new Event("issuelink-deleted", JiraPayloads.linkEvent(false, link.getKey(),
                                link.getValue()[0], link.getValue()[1], now), UUID.randomUUID().toString()));
                        it.remove();
                    }
                }
            } else if (action <= 8) {
                List<JiraPayloads.Issue> candidates = new ArrayList<>(alive.values());
                JiraPayloads.Issue source = pick(random, candidates);
                JiraPayloads.Issue destination = pick(random, candidates);
                if (source != destination) {
                    links.put(nextLink, new long[] {source.id, destination.id});
                    events.add(new Event("issuelink-created", JiraPayloads.linkEvent(true, nextLink++, source.id,
                            destination.id, now), UUID.randomUUID().toString()));
                }
            } else if (!links.isEmpty()) {
                Long linkId = pick(random, new ArrayList<>(links.keySet()));
                long[] ends = links.remove(linkId);
                events.add(new Event("issuelink-deleted", JiraPayloads.linkEvent(false, linkId, ends[0], ends[1], now),
                        UUID.randomUUID().toString()));
            }
        }
        return events;
    }

    private static void edit(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
        switch (random.nextInt(5)) {
            case 0 -> {
                boolean done = random.nextBoolean();
                issue.status = done ? "Done" : "In Progress";
                issue.category = done ? "done" : "indeterminate";
            }
            case 1 -> {
                JiraPayloads.Issue parent = pick(random, new ArrayList<>(alive.values()));
                issue.parentId = parent.id == issue.id || random.nextInt(4) == 0 ? null : parent.id;
                // re-parenting across projects moves the issue too
                if (random.nextBoolean()) {
                    issue.projectId = 10001;
                    issue.projectKey = "MOB";
                }
            }
            case 2 -> issue.points = random.nextInt(3) == 0 ? null : (double) (1 + random.nextInt(13));
            case 3 -> issue.dueDate = random.nextInt(3) == 0 ? null : "2026-12-" + (10 + random.nextInt(18));
            default -> issue.labels = random.nextBoolean() ? List.of() : List.of("l" + random.nextInt(4), "x");
        }
    }

    private static Event issueEvent(String hook, String webhookEvent, JiraPayloads.Issue issue, long changelog) {
        // serialise now: the issue object keeps changing as the history goes on
        return new Event(hook, deepCopy(JiraPayloads.issueEvent(webhookEvent, issue, changelog)),
                UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> map) {
        try {
            return JSON.readValue(JSON.writeValueAsString(map), Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
