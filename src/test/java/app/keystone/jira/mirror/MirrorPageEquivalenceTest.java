package app.keystone.jira.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssuesChanged;
import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.jira.payload.LinkSnapshot;
import app.keystone.program.rollup.RollupRecompute;
import app.keystone.shared.TenantId;
import app.keystone.support.IntegrationTest;
import app.keystone.support.MirrorProbe;
import app.keystone.support.Quiescence;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Property: search pages applied set-based ({@link MirrorWriter#applyIssues}: one {@link IssuesChanged} per page)
 * leave the mirror, the status-category history, the reported changes and the rollups exactly as applying the same
 * pages one issue at a time ({@link MirrorWriter#applyIssue}, one {@link IssueChanged} each) — over random pages of
 * new issues, newer and stale renderings, hierarchy moves, category flips and Blocks links appearing and going.
 */
@RecordApplicationEvents
class MirrorPageEquivalenceTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private static final String[] CATEGORIES = {"new", "indeterminate", "done"};

    @Autowired
    private MirrorWriter writer;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private RollupRecompute recompute;
    @Autowired
    private ApplicationEvents events;

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void pagesApplySetBasedAsOneByOne(int seed) {
        TenantId oneByOne = tenant("one-by-one");
        TenantId paged = tenant("paged");
        List<List<IssueSnapshot>> pages = pages(new Random(seed));
        for (List<IssueSnapshot> page : pages) {
            tx.executeWithoutResult(s -> page.forEach(issue -> writer.applyIssue(oneByOne, issue, 0)));
        }
        List<IssueChanged> single = changes(oneByOne);
        for (List<IssueSnapshot> page : pages) {
            tx.executeWithoutResult(s -> writer.applyIssues(paged, page));
        }
        assertThat(events.stream(IssueChanged.class).filter(e -> e.tenant().equals(paged))).isEmpty();
        assertThat(changes(paged)).isEqualTo(single).isNotEmpty();

        for (String table : List.of("jira_issue", "jira_issue_link", "jira_status_category_change")) {
            assertThat(rows(table, paged)).as(table).isEqualTo(rows(table, oneByOne)).isNotEmpty();
        }
        Quiescence.await(db, oneByOne.value());
        Quiescence.await(db, paged.value());
        assertThat(recompute.differences(paged)).as("incremental vs full recompute").isEmpty();
        for (String table : List.of("rollup_node", "program_issue", "program_dependency", "rollup_program")) {
            assertThat(rows(table, paged)).as(table).isEqualTo(rows(table, oneByOne));
        }
    }

    private TenantId tenant(String name) {
        TenantId tenant = new TenantId(new MirrorProbe(db).tenantId(installed(name).clientKey));
        UUID program = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, 'P')").param(program).param(tenant.value())
                .update();
        for (String project : List.of("WEB", "OPS")) {
            db.sql("insert into program_project (program_id, tenant_id, project_key) values (?, ?, ?)")
                    .param(program).param(tenant.value()).param(project).update();
        }
        return tenant;
    }

    /** The changes the mirror reported for a tenant, page events flattened, without the tenant. */
    private List<IssueChanged> changes(TenantId tenant) {
        Stream<IssueChanged> single = events.stream(IssueChanged.class).filter(e -> e.tenant().equals(tenant));
        Stream<IssueChanged> paged = events.stream(IssuesChanged.class).filter(e -> e.tenant().equals(tenant))
                .flatMap(e -> e.changes().stream());
        return Stream.concat(single, paged).map(e -> new IssueChanged(null, e.issueId(), e.key(), e.projectId(),
                e.parentId(), e.previousParentId(), e.previousProjectId(), e.created(), e.changedFields())).toList();
    }

    /** A table's rows of one tenant, without tenant-specific or wall-clock columns, in a stable order. */
    private List<String> rows(String table, TenantId tenant) {
        return db.sql("select * from " + table + " where tenant_id = ?").param(tenant.value()).query().listOfRows()
                .stream().map(row -> {
                    Map<String, Object> r = new java.util.TreeMap<>(row);
                    List.of("tenant_id", "mirrored_at", "program_id", "id", "seq").forEach(r::remove);
                    // arrays by their elements: the driver renders them differently once a statement is prepared
                    r.replaceAll((column, value) -> value instanceof java.sql.Array a ? elements(a) : value);
                    return r.toString();
                }).sorted().toList();
    }

    private static List<Object> elements(java.sql.Array array) {
        try {
            return List.of((Object[]) array.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rounds of pages: new issues, then renderings of known ones (newer or stale), shuffled, some pages repeated. */
    private static List<List<IssueSnapshot>> pages(Random random) {
        Map<Long, IssueSnapshot> latest = new HashMap<>();
        Map<Long, LinkSnapshot> links = new HashMap<>();
        List<List<IssueSnapshot>> pages = new ArrayList<>();
        long nextLink = 900;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 6; i++) {
                long from = 1 + random.nextInt(40);
                long to = 1 + random.nextInt(40);
                if (from != to) {
                    links.put(nextLink, new LinkSnapshot(nextLink++, from, to, LinkSnapshot.BLOCKS));
                }
            }
            if (round > 0) {
                links.keySet().removeIf(id -> random.nextInt(4) == 0);
            }
            List<IssueSnapshot> rendered = new ArrayList<>();
            for (long id = 1; id <= 40; id++) {
                if (round == 0 || random.nextInt(3) == 0) {
                    IssueSnapshot next = issue(random, id, round, latest, links);
                    // a stale rendering now and then: an older time than what the mirror may hold
                    rendered.add(round > 1 && random.nextInt(5) == 0 && latest.containsKey(id) ? latest.get(id) : next);
                    latest.put(id, next);
                }
            }
            Collections.shuffle(rendered, random);
            for (int from = 0; from < rendered.size(); from += 15) {
                pages.add(rendered.subList(from, Math.min(rendered.size(), from + 15)));
            }
        }
        pages.add(pages.get(random.nextInt(pages.size()))); // a page read again after a retry
        return pages;
    }

    private static IssueSnapshot issue(Random random, long id, int round, Map<Long, IssueSnapshot> latest,
                                       Map<Long, LinkSnapshot> links) {
        boolean ops = id % 3 == 0;
        int level = id <= 4 ? 1 : 0;
        Long parent = level == 1 || random.nextInt(4) == 0 ? null : (long) (1 + random.nextInt(4));
        String category = CATEGORIES[random.nextInt(3)];
        List<LinkSnapshot> listed = links.values().stream()
                .filter(l -> l.sourceId() == id || l.destinationId() == id).toList();
        return new IssueSnapshot(id, (ops ? "OPS-" : "WEB-") + id, ops ? 20 : 10, ops ? "OPS" : "WEB", "Issue " + id,
                10001L, level == 1 ? "Epic" : "Story", level, parent, 1L, category, category, null, null,
                random.nextBoolean() ? null : BigDecimal.valueOf(1 + random.nextInt(8)), null, null, null, null,
                random.nextBoolean() ? null : LocalDate.of(2026, 12, 1 + random.nextInt(28)),
                random.nextBoolean() ? List.of() : List.of("x", "a,b"), false, null, null, T0,
                T0.plusSeconds(60L * round + id), Optional.of(listed));
    }
}
