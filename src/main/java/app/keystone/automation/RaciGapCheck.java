package app.keystone.automation;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Triggers of *RACI gap*. Program membership is computed by the rollup engine after the mirror's transaction, so no
 * event says "this epic joined that program"; a periodic check (db-scheduler, one node at a time) compares the
 * (program, epic) pairs with those it saw before ({@code automation_epic_seen}). A pair it has not seen is an epic
 * created in, or moved into, the program. The first sweep of a site (and the first after the rule is switched on
 * again) only remembers: epics that were already there are not new. Whether the epic lacks an Accountable is decided
 * when the rule runs.
 */
@Configuration(proxyBeanMethods = false)
class RaciGapCheck {

    static final String CHECK = "raci-gap";

    private final JdbcClient db;
    private final TriggerOutbox outbox;
    private final SiteSweeps sweeps;
    private final ObjectMapper json;

    RaciGapCheck(JdbcClient db, TriggerOutbox outbox, SiteSweeps sweeps, ObjectMapper json) {
        this.json = json;
        this.db = db;
        this.outbox = outbox;
        this.sweeps = sweeps;
    }

    @Bean
    RecurringTask<Void> raciGapCheckTask(@Value("${keystone.automation.raci-gap-check-interval:PT5M}") Duration interval) {
        return Tasks.recurring("automation-raci-gap-check", FixedDelay.of(interval))
                .execute((instance, context) -> sweep());
    }

    /** Checks every site with the rule on; @return how many triggers it queued */
    int sweep() {
        return sweeps.sweep(RuleType.RACI_GAP, this::sweep);
    }

    private record Pair(UUID programId, String name, long issueId, String key) {
    }

    private int sweep(TenantId tenant) {
        boolean baseline = db.sql("""
                insert into automation_check_baseline (tenant_id, check_name) values (:t, :c)
                on conflict do nothing""").param("t", tenant.value()).param("c", CHECK).update() == 1;
        db.sql("""
                delete from automation_epic_seen s where s.tenant_id = :t and not exists (
                    select 1 from program_issue pi where pi.tenant_id = s.tenant_id and pi.program_id = s.program_id
                      and pi.issue_id = s.issue_id)""").param("t", tenant.value()).update();
        List<Pair> fresh = db.sql("""
                select pi.program_id, p.name, i.issue_id, i.issue_key from program_issue pi
                join program p on p.id = pi.program_id and p.tenant_id = pi.tenant_id
                join jira_issue i on i.tenant_id = pi.tenant_id and i.issue_id = pi.issue_id
                where pi.tenant_id = :t and i.hierarchy_level = 1 and i.deleted_at is null
                  and not exists (select 1 from automation_epic_seen s where s.tenant_id = pi.tenant_id
                                  and s.program_id = pi.program_id and s.issue_id = pi.issue_id)
                order by i.issue_id""").param("t", tenant.value())
                .query((rs, n) -> new Pair(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getString(4))).list();
        for (Pair p : fresh) {
            db.sql("insert into automation_epic_seen (tenant_id, program_id, issue_id) values (:t, :p, :i)")
                    .param("t", tenant.value()).param("p", p.programId()).param("i", p.issueId()).update();
            if (!baseline) {
                outbox.add(tenant, RuleType.RACI_GAP, "epic:" + p.issueId() + "@program:" + p.programId(),
                        "Epic " + p.key() + " is new to program " + p.name(), p.issueId(), p.key(), null,
                        json.createObjectNode().put("programId", p.programId().toString()));
            }
        }
        return baseline ? 0 : fresh.size();
    }

    /** Forgets what the check saw of the site, so switching the rule on again does not report what joined meanwhile. */
    void forget(TenantId tenant) {
        db.sql("delete from automation_check_baseline where tenant_id = :t and check_name = :c")
                .param("t", tenant.value()).param("c", CHECK).update();
        db.sql("delete from automation_epic_seen where tenant_id = :t").param("t", tenant.value()).update();
    }
}
