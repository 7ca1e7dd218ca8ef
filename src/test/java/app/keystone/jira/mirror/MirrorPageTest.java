package app.keystone.jira.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.jira.payload.LinkSnapshot;
import app.keystone.shared.TenantId;
import app.keystone.support.IntegrationTest;
import app.keystone.support.MirrorProbe;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search page applied at once ({@link MirrorWriter#applyIssues}, what backfill and reconcile use) follows the same
 * rules as one issue at a time: newer wins, deleted issues and issues of deleted projects stay gone, links listed
 * by an issue exist and those it no longer lists are removed.
 */
class MirrorPageTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    private MirrorWriter writer;
    @Autowired
    private TransactionTemplate tx;
    private TenantId tenant;

    @BeforeEach
    void site() {
        tenant = new TenantId(new MirrorProbe(db).tenantId(installed("page").clientKey));
    }

    @Test
    void newIssuesAreInsertedAndAnOlderPageNeverOverwritesNewerState() {
        assertThat(page(issue(1, "WEB-1", 10, 60, "done", List.of()), issue(2, "WEB-2", 10, 0, "new", List.of())))
                .isEqualTo(2);
        // the same issues as an older rendering (a page read before a webhook moved them on): nothing moves
        assertThat(page(issue(1, "WEB-1", 10, 30, "new", List.of()), issue(2, "WEB-2", 10, 0, "new", List.of())))
                .isZero();
        assertThat(category(1)).isEqualTo("done");
        // a newer one wins
        assertThat(page(issue(2, "WEB-2", 10, 90, "indeterminate", List.of()))).isEqualTo(1);
        assertThat(category(2)).isEqualTo("indeterminate");
    }

    @Test
    void deletedIssuesAndIssuesOfDeletedProjectsStayGone() {
        page(issue(1, "WEB-1", 10, 0, "new", List.of()));
        tx.executeWithoutResult(s -> writer.deleteIssue(tenant, issue(1, "WEB-1", 10, 0, "new", List.of()),
                T0.plusSeconds(120)));
        db.sql("insert into jira_project_tombstone (tenant_id, project_id, project_key, deleted_at) values (?, 20, 'OPS', ?)")
                .param(tenant.value()).param(Timestamp.from(T0.plusSeconds(100))).update();
        assertThat(page(issue(1, "WEB-1", 10, 60, "done", List.of()), issue(3, "OPS-1", 20, 50, "new", List.of()),
                issue(4, "OPS-2", 20, 200, "new", List.of()))).as("only what the project's deletion predates").isEqualTo(1);
        assertThat(db.sql("select issue_id from jira_issue where tenant_id = ? and deleted_at is null order by 1")
                .param(tenant.value()).query(Long.class).list()).containsExactly(4L);
    }

    @Test
    void linksListedOnAPageExistAndUnlistedOnesGo() {
        LinkSnapshot blocks = new LinkSnapshot(500, 1, 2, LinkSnapshot.BLOCKS);
        page(issue(1, "WEB-1", 10, 0, "new", List.of(blocks)), issue(2, "WEB-2", 10, 0, "new", List.of(blocks)));
        assertThat(alive()).containsExactly(500L);
        // both ends no longer list it, as of later renderings
        page(issue(1, "WEB-1", 10, 60, "new", List.of()), issue(2, "WEB-2", 10, 60, "new", List.of()));
        assertThat(alive()).isEmpty();
    }

    private int page(IssueSnapshot... issues) {
        Integer moved = tx.execute(s -> writer.applyIssues(tenant, List.of(issues)));
        return moved == null ? 0 : moved;
    }

    private String category(long issueId) {
        return (String) db.sql("select status_category from jira_issue where tenant_id = ? and issue_id = ?")
                .param(tenant.value()).param(issueId).query().singleRow().get("status_category");
    }

    private List<Long> alive() {
        return db.sql("select link_id from jira_issue_link where tenant_id = ? and deleted_at is null")
                .param(tenant.value()).query(Long.class).list();
    }

    private static IssueSnapshot issue(long id, String key, long project, int updatedSeconds, String category,
                                       List<LinkSnapshot> links) {
        String projectKey = key.substring(0, key.indexOf('-'));
        return new IssueSnapshot(id, key, project, projectKey, "Issue " + key, 10001L, "Story", 0, null, 1L,
                category, category, null, null, null, null, null, null, null, null, List.of(), false, null, null,
                T0, T0.plusSeconds(updatedSeconds), Optional.of(links));
    }
}
