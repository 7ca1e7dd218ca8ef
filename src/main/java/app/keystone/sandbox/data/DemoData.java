package app.keystone.sandbox.data;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.SandboxSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo site (the "Checkout 2.0 launch" program over WEB, MOB, PAY and PLAT) the first time the
 * sandbox starts on an empty database. It runs while the bean is created, after SandboxSchema, so the data
 * is there before the server answers and before Keystone is installed. A site that already has projects is
 * left alone: Keystone keeps ids and accountIds, so reseeding would orphan its data.
 */
@Component
@SandboxProfile
public class DemoData {

    /** Fixed, so every fresh sandbox shows the same site. */
    static final long SEED = 20261126L;
    public static final long FIRST_ISSUE_ID = 10001;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient db;
    private final IssueWriter writer;
    private final Clock clock;

    @Autowired
    DemoData(JdbcClient db, JdbcTemplate jdbc, SandboxSchema schemaFirst) {
        this(db, jdbc, Clock.systemUTC());
        if (seedIfEmpty()) {
            log.info("Sandbox demo data seeded");
        }
    }

    DemoData(JdbcClient db, JdbcTemplate jdbc, Clock clock) {
        this.db = db;
        this.writer = new IssueWriter(jdbc);
        this.clock = clock;
    }

    /** @return whether anything was inserted */
    public boolean seedIfEmpty() {
        if (db.sql("select count(*) from sandbox_project").query(Integer.class).single() > 0) {
            return false;
        }
        Catalog.seed(db);
        DemoUsers.seed(db);
        for (DemoProgram.Project p : DemoProgram.PROJECTS) {
            db.sql("insert into sandbox_project (id, key, name, lead) values (:id, :key, :name, :lead)")
                    .param("id", p.id()).param("key", p.key()).param("name", p.name())
                    .param("lead", DemoUsers.accountId(p.lead())).update();
        }
        Builder b = new Builder(new IssueFactory(new Random(SEED), clock));
        List<Long> initiatives = new ArrayList<>();
        for (DemoProgram.Initiative i : DemoProgram.INITIATIVES) {
            initiatives.add(b.add(i.project(), Catalog.INITIATIVE, 2, DemoProgram.status(i.status()), i.summary(),
                    null, ""));
        }
        for (DemoProgram.Epic e : DemoProgram.EPICS) {
            long epic = b.add(e.project(), Catalog.EPIC, 1, epicStatus(e.children()), e.summary(),
                    initiatives.get(e.initiative()), e.summary());
            Long story = null;
            for (String line : e.children()) {
                String[] f = line.split("\\|", 3);
                long status = DemoProgram.status(f[1]);
                if (f[0].equals("-")) {
                    b.add(e.project(), Catalog.SUBTASK, -1, status, f[2], story, e.summary());
                } else {
                    long type = switch (f[0]) {
                        case "B" -> Catalog.BUG;
                        case "T" -> Catalog.TASK;
                        default -> Catalog.STORY;
                    };
                    story = b.add(e.project(), type, 0, status, f[2], epic, e.summary());
                }
            }
        }
        writer.issues(b.rows);
        writer.links(b.links());
        writer.advanceIdSequence();
        return true;
    }

    /** An epic's status follows its children, as a team would move it. */
    private static long epicStatus(List<String> children) {
        if (children.stream().allMatch(c -> c.contains("|done|"))) {
            return Catalog.DONE;
        }
        return children.stream().anyMatch(c -> !c.contains("|todo|")) ? Catalog.IN_PROGRESS : Catalog.TO_DO;
    }

    /** Hands out Jira-like ids (global) and keys (per project) in creation order. */
    private static final class Builder {
        private final IssueFactory factory;
        private final List<IssueRow> rows = new ArrayList<>();
        private final Map<String, Integer> keyCounters = new HashMap<>();
        private final Map<String, IssueRow> bySummary = new HashMap<>();

        Builder(IssueFactory factory) {
            this.factory = factory;
        }

        long add(String projectKey, long type, int level, long status, String summary, Long parent, String epic) {
            DemoProgram.Project project = DemoProgram.PROJECTS.stream().filter(p -> p.key().equals(projectKey))
                    .findFirst().orElseThrow();
            long id = FIRST_ISSUE_ID + rows.size();
            String key = projectKey + "-" + keyCounters.merge(projectKey, 1, Integer::sum);
            IssueRow row = factory.issue(id, key, project.id(), type, level, status, summary, parent,
                    DemoProgram.labels(projectKey, type, epic));
            rows.add(row);
            bySummary.put(summary, row);
            return id;
        }

        List<LinkRow> links() {
            List<LinkRow> links = new ArrayList<>();
            for (DemoProgram.Block block : DemoProgram.BLOCKS) {
                IssueRow blocker = require(block.blocker());
                IssueRow blocked = require(block.blocked());
                var created = blocker.created().isAfter(blocked.created()) ? blocker.created() : blocked.created();
                // linked once both existed, and never in the future
                var linked = created.plusHours(1).isAfter(factory.now()) ? factory.now() : created.plusHours(1);
                links.add(new LinkRow(10000 + links.size(), blocker.id(), blocked.id(), linked));
            }
            return links;
        }

        private IssueRow require(String summary) {
            IssueRow row = bySummary.get(summary);
            if (row == null) {
                throw new IllegalStateException("demo link names an unknown issue: " + summary);
            }
            return row;
        }
    }
}
