package app.keystone.automation;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The periodic check behind *Blocked → risk* ("blocked for longer than N days" needs a clock, not an event). A
 * db-scheduler task, so one node runs it at a time. Per site with the rule on, in one transaction: issues of a program
 * that are blocked now are remembered with the time first seen blocked; those blocked longer than N days queue a
 * "raise" trigger once per blocked spell; those no longer blocked are forgotten and, if a risk was raised for the
 * spell, queue a "review" trigger. The firing keys name the issue and the spell's start.
 */
@Configuration
class BlockedCheck {

    static final String BLOCKED_NOW = """
            select i.issue_id from jira_issue i
            where i.tenant_id = :t and i.deleted_at is null and coalesce(i.status_category, '') <> 'done'
              and exists (select 1 from program_issue p where p.tenant_id = i.tenant_id and p.issue_id = i.issue_id)
              and (i.flagged or exists (
                  select 1 from jira_issue_link l
                  join jira_issue b on b.tenant_id = l.tenant_id and b.issue_id = l.source_id
                  where l.tenant_id = i.tenant_id and l.destination_id = i.issue_id and l.link_type = 'Blocks'
                    and l.deleted_at is null and b.deleted_at is null and coalesce(b.status_category, '') <> 'done'))""";

    private final JdbcClient db;
    private final RuleSettings settings;
    private final TriggerOutbox outbox;
    private final SiteSweeps sweeps;
    private final ObjectMapper json;

    BlockedCheck(JdbcClient db, RuleSettings settings, TriggerOutbox outbox, SiteSweeps sweeps, ObjectMapper json) {
        this.db = db;
        this.settings = settings;
        this.outbox = outbox;
        this.sweeps = sweeps;
        this.json = json;
    }

    @Bean
    RecurringTask<Void> blockedRiskCheckTask(
            @Value("${keystone.automation.blocked-check-interval:PT5M}") Duration interval) {
        return Tasks.recurring("automation-blocked-check", FixedDelay.of(interval))
                .execute((instance, context) -> sweep());
    }

    /** Checks every site with the rule on; @return how many triggers it queued */
    int sweep() {
        return sweeps.sweep(RuleType.BLOCKED_RISK, this::sweep);
    }

    private int sweep(TenantId tenant) {
        RuleConfig rule = settings.get(tenant, RuleType.BLOCKED_RISK);
        db.sql("insert into automation_blocked (tenant_id, issue_id) select :t, b.issue_id from (" + BLOCKED_NOW
                + ") b on conflict do nothing").param("t", tenant.value()).update();
        int queued = 0;
        for (Spell s : spells(tenant, "not in")) {
            if (s.raised()) {
                queue(tenant, s, "unblocked", "review", s.key() + " is no longer blocked");
                queued++;
            }
            db.sql("delete from automation_blocked where tenant_id = :t and issue_id = :i")
                    .param("t", tenant.value()).param("i", s.issueId()).update();
        }
        Instant threshold = Instant.now().minus(Duration.ofDays(rule.number("days")));
        for (Spell s : spells(tenant, "in")) {
            if (!s.raised() && !s.since().isAfter(threshold)) {
                queue(tenant, s, "blocked", "raise", s.key() + " has been blocked since " + s.since()
                        + " (longer than " + rule.number("days") + " days)");
                db.sql("update automation_blocked set raised = true where tenant_id = :t and issue_id = :i")
                        .param("t", tenant.value()).param("i", s.issueId()).update();
                queued++;
            }
        }
        return queued;
    }

    private record Spell(long issueId, String key, Instant since, boolean raised) {
    }

    /** Remembered spells whose issue is ({@code in}) or is no longer ({@code not in}) blocked now. */
    private List<Spell> spells(TenantId tenant, String membership) {
        return db.sql("""
                select b.issue_id, i.issue_key, b.since, b.raised from automation_blocked b
                left join jira_issue i on i.tenant_id = b.tenant_id and i.issue_id = b.issue_id
                where b.tenant_id = :t and b.issue_id %s (%s)""".formatted(membership, BLOCKED_NOW))
                .param("t", tenant.value())
                .query((rs, n) -> new Spell(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getBoolean(4))).list();
    }

    private void queue(TenantId tenant, Spell s, String keyPrefix, String action, String description) {
        outbox.add(tenant, RuleType.BLOCKED_RISK, keyPrefix + ":" + s.issueId() + "@" + s.since().toEpochMilli(),
                description, s.issueId(), s.key(), null, json.createObjectNode().put("action", action)
                        .put("since", s.since().toString()));
    }
}
