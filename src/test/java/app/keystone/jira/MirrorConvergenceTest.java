package app.keystone.jira;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import app.keystone.support.RandomJiraHistory;
import app.keystone.support.RandomJiraHistory.Event;
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

    /** Flat issues: one in ten draws creates, half edit, one deletes (children lose their parent), links churn. */
    private static final RandomJiraHistory.Shape SHAPE = new RandomJiraHistory.Shape() {
        public int actions() {
            return 10;
        }

        public int creates() {
            return 1;
        }

        public int edits() {
            return 5;
        }

        public int links() {
            return 2;
        }

        public int minAlive() {
            return 3;
        }

        public void create(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
        }

        public void edit(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
            MirrorConvergenceTest.edit(random, issue, alive);
        }

        public void orphan(JiraPayloads.Issue deleted, Map<Long, JiraPayloads.Issue> alive) {
            alive.values().stream().filter(i -> deleted.id == (i.parentId == null ? -1 : i.parentId))
                    .forEach(i -> i.parentId = null);
        }
    };

    private static List<Event> history(Random random, int length) {
        return RandomJiraHistory.generate(random, length, SHAPE, new LinkedHashMap<>());
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

    private static <T> T pick(Random random, List<T> items) {
        return RandomJiraHistory.pick(random, items);
    }
}
