package app.keystone.sandbox.data;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.SandboxSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates benchmark-sized sites next to whatever is already there: new projects and issues take ids
 * above the current maximum, so the demo program stays intact. Same seed and size, same rows.
 */
@Component
@SandboxProfile
public class DemoGenerator {

    /**
     * @param depth       hierarchy levels: 1 = standard issues only, 2 adds epics, 3 adds initiatives, 4 adds
     *                    sub-tasks
     * @param linkDensity "Blocks" links per issue (0.1 = one link for every ten issues)
     */
    public record Size(int projects, int issues, int depth, double linkDensity, long seed) {
        public Size {
            if (projects < 1 || issues < 1 || depth < 1 || depth > 4 || linkDensity < 0) {
                throw new IllegalArgumentException("invalid size " + projects + "/" + issues + "/" + depth);
            }
        }
    }

    /** What one run added. Issue ids are contiguous from {@code firstIssueId}. */
    public record Generated(List<Long> projectIds, long firstIssueId, int issues, int links) {
    }

    private final JdbcClient db;
    private final IssueWriter writer;
    private final Clock clock;

    DemoGenerator(JdbcClient db, JdbcTemplate jdbc, SandboxSchema schemaFirst) {
        this.db = db;
        this.writer = new IssueWriter(jdbc);
        this.clock = Clock.systemUTC();
    }

    public Generated generate(Size size) {
        Catalog.seed(db);
        DemoUsers.seed(db);
        Random random = new Random(size.seed());
        IssueFactory factory = new IssueFactory(random, clock);

        long projectBase = Math.max(10000, maxId("sandbox_project") + 1);
        List<Long> projectIds = new ArrayList<>();
        List<String> projectKeys = new ArrayList<>();
        for (int i = 0; i < size.projects(); i++) {
            long id = projectBase + i;
            String key = "G" + letters(id - 10000);
            db.sql("insert into sandbox_project (id, key, name, lead) values (:id, :key, :name, :lead)")
                    .param("id", id).param("key", key).param("name", "Generated project " + key)
                    .param("lead", DemoUsers.accountId(i)).update();
            projectIds.add(id);
            projectKeys.add(key);
        }

        long firstId = Math.max(DemoData.FIRST_ISSUE_ID, maxId("sandbox_issue") + 1);
        int[] keyCounters = new int[size.projects()];
        List<IssueRow> rows = new ArrayList<>(size.issues());
        List<Integer> parentPool = List.of();
        List<Integer> standard = new ArrayList<>();
        // top-down, so every parent row precedes its children in the batch (parent_id is a foreign key)
        for (int level : levels(size.depth())) {
            int count = count(level, size);
            List<Integer> thisLevel = new ArrayList<>();
            for (int n = 0; n < count && rows.size() < size.issues(); n++) {
                IssueRow parent = parentPool.isEmpty() ? null : rows.get(parentPool.get(random.nextInt(parentPool.size())));
                int project = parent != null && (level < 0 || random.nextInt(100) < 85)
                        ? projectIds.indexOf(parent.projectId()) : random.nextInt(size.projects());
                long type = Catalog.typeForLevel(level, random.nextInt(10));
                String key = projectKeys.get(project) + "-" + (++keyCounters[project]);
                thisLevel.add(rows.size());
                if (level == 0) {
                    standard.add(rows.size());
                }
                rows.add(factory.issue(firstId + rows.size(), key, projectIds.get(project), type, level,
                        randomStatus(random), "Generated issue " + key, parent == null ? null : parent.id(),
                        List.of("generated", "level" + level)));
            }
            parentPool = thisLevel;
        }
        writer.issues(rows);
        List<LinkRow> links = links(rows, standard, size, random, factory);
        writer.links(links);
        writer.advanceIdSequence();
        return new Generated(projectIds, firstId, rows.size(), links.size());
    }

    private List<LinkRow> links(List<IssueRow> rows, List<Integer> candidates, Size size, Random random,
                                IssueFactory factory) {
        long wanted = Math.round(size.linkDensity() * size.issues());
        long firstLinkId = Math.max(10000, maxId("sandbox_issue_link") + 1);
        Set<Long> seen = new HashSet<>();
        List<LinkRow> links = new ArrayList<>();
        for (int attempt = 0; links.size() < wanted && attempt < wanted * 10 && candidates.size() > 1; attempt++) {
            IssueRow a = rows.get(candidates.get(random.nextInt(candidates.size())));
            IssueRow b = rows.get(candidates.get(random.nextInt(candidates.size())));
            // one link per unordered pair: no self-links and no two-issue cycles
            long pair = Math.min(a.id(), b.id()) * 10_000_000L + Math.max(a.id(), b.id());
            if (a.id() != b.id() && seen.add(pair)) {
                links.add(new LinkRow(firstLinkId + links.size(), a.id(), b.id(), factory.now()));
            }
        }
        return links;
    }

    private static List<Integer> levels(int depth) {
        List<Integer> levels = new ArrayList<>();
        if (depth >= 3) {
            levels.add(2);
        }
        if (depth >= 2) {
            levels.add(1);
        }
        levels.add(0);
        if (depth >= 4) {
            levels.add(-1);
        }
        return levels;
    }

    /** Rough Jira proportions: 1% initiatives, 6% epics, 25% sub-tasks, the rest standard issues. */
    private static int count(int level, Size size) {
        int n = size.issues();
        int initiatives = size.depth() >= 3 ? Math.max(1, n / 100) : 0;
        int epics = size.depth() >= 2 ? Math.max(1, n * 6 / 100) : 0;
        int subtasks = size.depth() >= 4 ? n / 4 : 0;
        return switch (level) {
            case 2 -> initiatives;
            case 1 -> epics;
            case -1 -> subtasks;
            default -> Math.max(1, n - initiatives - epics - subtasks);
        };
    }

    private static long randomStatus(Random random) {
        int r = random.nextInt(100);
        return r < 35 ? Catalog.DONE : r < 60 ? Catalog.IN_PROGRESS : r < 70 ? Catalog.IN_REVIEW : Catalog.TO_DO;
    }

    private long maxId(String table) {
        return db.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    /** Bijective base-26 (1 = A, 27 = AA), so project keys stay letters-only as Jira requires. */
    static String letters(long n) {
        StringBuilder s = new StringBuilder();
        for (long v = n + 1; v > 0; v = (v - 1) / 26) {
            s.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return s.toString();
    }
}
