package app.keystone.automation;

import app.keystone.program.Programs;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Triggers of *Weekly digest*: time passing is the cause, so a periodic check (db-scheduler, one node at a time)
 * queues, once this week's slot is due (see {@link DigestSlot}), one trigger per program of each site with the rule
 * on. The firing key {@code digest:<program id>@<ISO week>} makes it one digest per program and week however often
 * the check runs, on however many nodes. What the digest says is computed when it runs ({@link WeeklyDigest}).
 */
@Configuration(proxyBeanMethods = false)
class DigestCheck {

    private final RuleSettings settings;
    private final TriggerOutbox outbox;
    private final SiteSweeps sweeps;
    private final Programs programs;
    private final ObjectMapper json;
    private final ZoneId zone;

    DigestCheck(RuleSettings settings, TriggerOutbox outbox, SiteSweeps sweeps, Programs programs, ObjectMapper json,
                @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.settings = settings;
        this.outbox = outbox;
        this.sweeps = sweeps;
        this.programs = programs;
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    @Bean
    RecurringTask<Void> weeklyDigestCheckTask(
            @Value("${keystone.automation.digest-check-interval:PT15M}") Duration interval) {
        return Tasks.recurring("automation-digest-check", FixedDelay.of(interval))
                .execute((instance, context) -> sweep(Instant.now()));
    }

    /** Queues the digests due at {@code now} on every site with the rule on; @return how many it queued */
    int sweep(Instant now) {
        return sweeps.sweep(RuleType.WEEKLY_DIGEST, tenant -> sweep(tenant, now));
    }

    private int sweep(TenantId tenant, Instant now) {
        RuleConfig rule = settings.get(tenant, RuleType.WEEKLY_DIGEST);
        DigestSlot slot = DigestSlot.due(now, zone, rule.number("dayOfWeek"), rule.number("hour")).orElse(null);
        if (slot == null) {
            return 0;
        }
        int queued = 0;
        for (Programs.ProgramRef p : programs.all(tenant)) {
            String firingKey = "digest:" + p.id() + "@" + slot.week();
            if (outbox.known(tenant, RuleType.WEEKLY_DIGEST, firingKey)) {
                continue; // this week's digest went out, or is about to
            }
            outbox.add(tenant, RuleType.WEEKLY_DIGEST, firingKey, "Weekly digest " + slot.week() + " of program "
                    + p.name(), null, null, null, json.createObjectNode().put("programId", p.id().toString())
                    .put("week", slot.week()));
            queued++;
        }
        return queued;
    }
}
