package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.rollup.RollupRecompute;
import app.keystone.shared.TenantId;
import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import app.keystone.support.Quiescence;
import app.keystone.support.RandomJiraHistory;
import app.keystone.support.RandomJiraHistory.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: after any history of Jira changes — hierarchy built across projects, re-parenting (also across
 * projects and under program roots), status flips, estimates, dates, deletes, link churn — delivered shuffled
 * and duplicated, the incrementally maintained rollups (issue subtrees, program sums per project, date
 * histograms, membership) equal a full recompute from the mirror. Programs are re-scoped mid-history.
 */
class RollupConvergenceTest extends IntegrationTest {

    private static final String[] PROJECTS = {"WEB", "MOB", "PAY"};

    @Autowired
    private RollupRecompute recompute;

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 6);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void incrementalRollupsEqualAFullRecompute(int seed) throws Exception {
        FakeJiraSite site = installed("rollup");
        UUID tenant = new MirrorProbe(db).tenantId(site.clientKey);
        db.sql("""
                insert into jira_field_config (tenant_id, story_points_field, start_date_field, discovered_at)
                values (?, ?, ?, now())""").param(tenant).param(JiraPayloads.STORY_POINTS)
                .param(JiraPayloads.START_DATE).update();
        Random random = new Random(seed);
        Map<Long, JiraPayloads.Issue> alive = new LinkedHashMap<>();
        List<Event> history = history(random, 140, alive);

        UUID byProject = program(tenant, "By project", List.of("WEB", "PAY"), List.of(), List.of());
        UUID filtered = program(tenant, "Filtered", List.of("MOB"), List.of("x"), List.of());
        List<Event> first = history.subList(0, history.size() / 2);
        List<Event> second = history.subList(history.size() / 2, history.size());
        deliverMessily(site, first, random);
        // a root-based program appears half-way, over an initiative that exists by now
        long root = alive.values().stream().filter(i -> i.level == 2).findFirst().map(i -> i.id).orElse(10001L);
        UUID byRoot = program(tenant, "By root", List.of(), List.of(), List.of(root));
        deliverMessily(site, second, random);
        Quiescence.await(db, tenant);

        List<String> differences = recompute.differences(new TenantId(tenant));
        assertThat(differences).as("incremental vs full recompute").isEmpty();
        assertThat(db.sql("select count(*) from program_issue where program_id = ?").param(byProject)
                .query(Integer.class).single()).isPositive();
        assertThat(db.sql("select count(*) from rollup_node where tenant_id = ? and n_total > 0").param(tenant)
                .query(Integer.class).single()).isPositive();
        assertThat(filtered).isNotNull();
        assertThat(byRoot).isNotNull();
    }

    private UUID program(UUID tenant, String name, List<String> projects, List<String> labels, List<Long> roots) {
        UUID id = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name, label_filter) values (?, ?, ?, cast(? as text[]))")
                .param(id).param(tenant).param(name).param("{" + String.join(",", labels) + "}").update();
        projects.forEach(p -> db.sql("insert into program_project (program_id, tenant_id, project_key) values (?, ?, ?)")
                .param(id).param(tenant).param(p).update());
        roots.forEach(r -> db.sql("insert into program_root (program_id, tenant_id, issue_id) values (?, ?, ?)")
                .param(id).param(tenant).param(r).update());
        // what the program catalogue's ProgramScopeChanged does
        db.sql("insert into rollup_program_dirty (program_id, tenant_id) values (?, ?)").param(id).param(tenant).update();
        return id;
    }

    private void deliverMessily(FakeJiraSite site, List<Event> events, Random random) {
        List<Event> messy = new ArrayList<>(events);
        for (Event e : events) {
            if (random.nextInt(5) == 0) {
                messy.add(e);
            }
        }
        Collections.shuffle(messy, random);
        for (Event e : messy) {
            String path = "/webhooks/" + e.hook();
            String id = e.identifier(); // a duplicate is Jira's retry: same identifier
            Response r = post(path, site.hs256("POST", path), e.body(), Map.of("X-Atlassian-Webhook-Identifier", id));
            assertThat(r.status()).as(r.toString()).isEqualTo(204);
        }
    }

    /** A hierarchy across projects: initiatives first, then any level with a parent one level up; more edits. */
    private static final RandomJiraHistory.Shape SHAPE = new RandomJiraHistory.Shape() {
        public int actions() {
            return 12;
        }

        public int creates() {
            return 2;
        }

        public int edits() {
            return 6;
        }

        public int links() {
            return 2;
        }

        public int minAlive() {
            return 6;
        }

        public void create(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
            int level = alive.isEmpty() ? 2 : random.nextInt(4) - 1;
            issue.level = level;
            issue.type = switch (level) { case 2 -> "Initiative"; case 1 -> "Epic"; case -1 -> "Sub-task";
                default -> "Story"; };
            place(random, issue);
            issue.parentId = parentFor(random, level, alive);
        }

        public void edit(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
            RollupConvergenceTest.edit(random, issue, alive);
        }
    };

    private static List<Event> history(Random random, int length, Map<Long, JiraPayloads.Issue> alive) {
        return RandomJiraHistory.generate(random, length, SHAPE, alive);
    }

    /** A parent one level up (sub-tasks under level 0), or none. */
    private static Long parentFor(Random random, int level, Map<Long, JiraPayloads.Issue> alive) {
        int wanted = level == -1 ? 0 : level + 1;
        List<JiraPayloads.Issue> candidates = alive.values().stream().filter(i -> i.level == wanted).toList();
        return candidates.isEmpty() || random.nextInt(6) == 0 ? null : pick(random, candidates).id;
    }

    private static void place(Random random, JiraPayloads.Issue issue) {
        int p = random.nextInt(PROJECTS.length);
        issue.projectId = 10000 + p;
        issue.projectKey = PROJECTS[p];
    }

    private static void edit(Random random, JiraPayloads.Issue issue, Map<Long, JiraPayloads.Issue> alive) {
        switch (random.nextInt(7)) {
            case 0 -> {
                int c = random.nextInt(3);
                issue.category = c == 0 ? "new" : c == 1 ? "indeterminate" : "done";
                issue.status = c == 0 ? "To Do" : c == 1 ? "In Progress" : "Done";
            }
            case 1 -> issue.parentId = parentFor(random, issue.level, alive);
            case 2 -> place(random, issue);
            case 3 -> issue.points = random.nextInt(3) == 0 ? null : (double) (1 + random.nextInt(13));
            case 4 -> {
                issue.dueDate = random.nextInt(3) == 0 ? null : LocalDate.of(2026, 12, 1 + random.nextInt(28)).toString();
                issue.startDate = random.nextInt(3) == 0 ? null : LocalDate.of(2026, 11, 1 + random.nextInt(28)).toString();
            }
            case 5 -> {
                issue.timeOriginal = random.nextBoolean() ? null : 3600L * (1 + random.nextInt(16));
                issue.timeRemaining = random.nextBoolean() ? null : 1800L * random.nextInt(16);
                issue.timeSpent = random.nextBoolean() ? null : 900L * random.nextInt(16);
            }
            default -> issue.labels = random.nextBoolean() ? List.of() : List.of("x");
        }
    }

    private static <T> T pick(Random random, List<T> items) {
        return RandomJiraHistory.pick(random, items);
    }
}
