package app.keystone.automation;

import app.keystone.risk.Risks;
import app.keystone.shared.TenantId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hourly check behind *Slip → re-score* (db-scheduler, one node at a time): slips no event shows. An issue that
 * becomes overdue changes nothing in Jira; a risk newly linked to an issue already past a target date, an issue that
 * joined a program after its due date was set, a program whose scope and target changed in one edit — each is a slip
 * the events did not see. It visits every open-risk issue that is late now and queues what has not fired yet: the
 * firing key ({@link SlipTriggers}) makes a slip already seen cost nothing.
 */
@Configuration(proxyBeanMethods = false)
class SlipCheck {

    private final SlipTriggers slips;
    private final Risks risks;
    private final JdbcClient db;
    private final SiteSweeps sweeps;

    SlipCheck(SlipTriggers slips, Risks risks, JdbcClient db, SiteSweeps sweeps) {
        this.slips = slips;
        this.risks = risks;
        this.db = db;
        this.sweeps = sweeps;
    }

    @Bean
    RecurringTask<Void> slipOverdueCheckTask(
            @Value("${keystone.automation.slip-check-interval:PT1H}") Duration interval) {
        return Tasks.recurring("automation-slip-check", FixedDelay.of(interval))
                .execute((instance, context) -> sweep());
    }

    /** Looks for late issues with open risks on every site with the rule on; @return how many triggers it queued */
    int sweep() {
        return sweeps.sweep(RuleType.SLIP_RESCORE, this::sweepSite);
    }

    private int sweepSite(TenantId tenant) {
        int queued = 0;
        for (long issue : late(tenant)) {
            queued += slips.queue(tenant, issue);
        }
        return queued;
    }

    /** Open-risk issues not done that are overdue or due after the target date of a program they belong to. */
    private List<Long> late(TenantId tenant) {
        List<Long> withRisks = List.copyOf(risks.issuesWithOpenRisks(tenant));
        if (withRisks.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select i.issue_id from jira_issue i
                where i.tenant_id = :t and i.issue_id = any(cast(:ids as bigint[])) and i.deleted_at is null
                  and coalesce(i.status_category, '') <> 'done'
                  and (i.due_date < :today or exists (
                      select 1 from program_issue pi
                      join program p on p.tenant_id = pi.tenant_id and p.id = pi.program_id
                      where pi.tenant_id = i.tenant_id and pi.issue_id = i.issue_id and p.target_date < i.due_date))
                order by i.issue_id""")
                .param("t", tenant.value()).param("ids", withRisks.toArray(Long[]::new))
                .param("today", LocalDate.now(ZoneOffset.UTC)).query(Long.class).list();
    }
}
