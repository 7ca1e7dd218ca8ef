package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code keystone.rollup} entity property in the sandbox after the demo site's backfill: written to parent
 * issues only, and not written again while a parent's projection stays the same, however often it is queued. The
 * sandbox row's {@code xmin} changes with every PUT, even of an equal value, so it tells a skipped write from one
 * that stored the same JSON again.
 */
class SandboxRollupPropertyTest extends SandboxTest {

    private static final String DEMO = "('WEB', 'MOB', 'PAY', 'PLAT')";
    private UUID tenant;

    @BeforeEach
    void backfilledAndPublished() {
        sharedSecret();
        tenant = demoBackfilled();
        new MirrorProbe(db).awaitDrained(tenant);
        awaitPublished();
    }

    @Test
    void onlyParentsCarryTheProperty() {
        List<Long> carrying = db.sql("""
                select p.issue_id from sandbox_issue_property p join sandbox_issue i on i.id = p.issue_id
                join sandbox_project pr on pr.id = i.project_id
                where p.key = 'keystone.rollup' and pr.key in""" + DEMO + " order by 1").query(Long.class).list();
        List<Long> parents = db.sql("""
                select distinct i.id from sandbox_issue i join sandbox_project pr on pr.id = i.project_id
                where pr.key in""" + DEMO + " and exists (select 1 from sandbox_issue c where c.parent_id = i.id)"
                + " order by 1").query(Long.class).list();
        assertThat(parents).isNotEmpty();
        assertThat(carrying).isEqualTo(parents);
    }

    @Test
    void anUnchangedProjectionIsNotWrittenAgainAndAChangedOneIs() {
        Map<Long, String> before = versions();
        assertThat(before).isNotEmpty();
        // every mirrored issue queued three times over, as a burst of changes would: leaves, parents, duplicates
        for (int i = 0; i < 3; i++) {
            db.sql("""
                    insert into issue_property_outbox (tenant_id, property_key, issue_id)
                    select tenant_id, 'keystone.rollup', issue_id from jira_issue where tenant_id = ? order by issue_id""")
                    .param(tenant).update();
        }
        awaitPublished();
        assertThat(versions()).isEqualTo(before);

        // what Keystone last wrote for one parent no longer matches its projection: that one is written again
        long parent = before.keySet().iterator().next();
        db.sql("""
                update issue_property_state set value = '{"issueCount": -1}'
                where tenant_id = ? and property_key = 'keystone.rollup' and issue_id = ?""")
                .param(tenant).param(parent).update();
        db.sql("insert into issue_property_outbox (tenant_id, property_key, issue_id) values (?, 'keystone.rollup', ?)")
                .param(tenant).param(parent).update();
        awaitPublished();
        Map<Long, String> after = versions();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((id, version) -> assertThat(version.equals(before.get(id))).as("issue %s unchanged", id)
                .isEqualTo(id != parent));
    }

    /** The sandbox's row version and value of each keystone.rollup property. */
    private Map<Long, String> versions() {
        Map<Long, String> versions = new java.util.TreeMap<>();
        db.sql("select issue_id, xmin::text || ' ' || value::text from sandbox_issue_property where key = 'keystone.rollup'")
                .query((rs, n) -> versions.put(rs.getLong(1), rs.getString(2))).list();
        return versions;
    }

    private void awaitPublished() {
        MirrorProbe.await(() -> db.sql("select count(*) = 0 from issue_property_outbox where tenant_id = ?")
                .param(tenant).query(Boolean.class).single(), Duration.ofSeconds(60), "the property outbox to drain");
        // the batch taken last may still be writing: its transaction commits the state rows at its end
        MirrorProbe.await(() -> db.sql("""
                select count(*) = 0 from pg_stat_activity where pid <> pg_backend_pid()
                  and state in ('active', 'idle in transaction') and query like '%issue_property%'""").query(Boolean.class).single(), Duration.ofSeconds(60),
                "the property batch to commit");
    }
}
