package app.keystone.automation;

import app.keystone.program.ProgramHealthReader;
import app.keystone.program.Programs;
import app.keystone.raci.Raci;
import app.keystone.risk.Risks;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * *Weekly digest* of one program (queued by {@link DigestCheck}), computed when it runs over the period since the
 * program's previous digest (the last 7 days for its first): health now and before, new and escalated risks,
 * completed epics, milestones in the next 14 days. Not in dry run, the digest is stored — also when it cannot be
 * mailed — so the next one compares with it and starts where it ended. It is mailed to the program's owner and
 * Informed about the program's representative issue (Jira e-mails only about an issue).
 */
@Component
class WeeklyDigest implements RuleAction {

    static final Duration FIRST_PERIOD = Duration.ofDays(7);

    private final Programs programs;
    private final ProgramHealthReader healthReader;
    private final Risks risks;
    private final Raci raci;
    private final DigestStore store;
    private final DigestReaders readers;
    private final Notifier notifier;
    private final ObjectMapper json;
    private final ZoneId zone;

    WeeklyDigest(Programs programs, ProgramHealthReader healthReader, Risks risks, Raci raci, DigestStore store,
                 DigestReaders readers, Notifier notifier, ObjectMapper json,
                 @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.programs = programs;
        this.healthReader = healthReader;
        this.risks = risks;
        this.raci = raci;
        this.store = store;
        this.readers = readers;
        this.notifier = notifier;
        this.json = json;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public RuleType type() {
        return RuleType.WEEKLY_DIGEST;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        TenantId tenant = t.tenant();
        UUID programId = UUID.fromString(t.payload().path("programId").asText());
        Programs.ProgramPlan program = programs.plan(tenant, programId).orElse(null);
        ProgramHealthReader.Health health = program == null ? null
                : healthReader.health(tenant, programId).orElse(null);
        if (health == null) {
            return new Result(Outcome.SKIPPED, "The program was deleted before its digest ran; nothing was sent.");
        }
        Digest digest = compose(tenant, program, t.payload().path("week").asText(), health);
        if (!config.dryRun()) {
            store.save(tenant, programId, digest.week(), health.status().name(),
                    JsonText.write(json, health.reasons()), digest.body(r -> true, e -> true).text());
        }
        Programs.IssueRef about = programs.representativeIssue(tenant, programId).orElse(null);
        if (about == null) {
            return new Result(Outcome.SKIPPED, digest.summary() + ". Not e-mailed: the program has no issue to "
                    + "mail about (Jira e-mails only about an issue).");
        }
        Map<String, String> to = new LinkedHashMap<>();
        if (program.ownerAccountId() != null) {
            to.put(program.ownerAccountId(), "owner");
        }
        raci.programInformed(tenant, programId).stream().sorted().forEach(i -> to.putIfAbsent(i, "Informed"));
        if (to.isEmpty()) {
            return new Result(Outcome.SKIPPED, digest.summary() + ". Not e-mailed: the program has no owner and "
                    + "no Informed.");
        }
        Result sent = notifier.send(config, digest.subject(), readers.letters(tenant, digest, about, to));
        return new Result(sent.outcome(), digest.summary() + ". " + sent.detail());
    }

    /** The digest over the period since the program's previous one (or {@link #FIRST_PERIOD}), up to now. */
    private Digest compose(TenantId tenant, Programs.ProgramPlan program, String week,
                           ProgramHealthReader.Health health) {
        Instant now = Instant.now();
        DigestStore.Previous previous = store.last(tenant, program.id()).orElse(null);
        Instant since = previous == null ? now.minus(FIRST_PERIOD) : previous.at();
        String period = previous == null ? "the last 7 days" : "since the previous digest, " + previous.week();
        LocalDate today = LocalDate.now(zone);
        return new Digest(program.name(), week, period, health, previous == null ? null : previous.health(),
                risks.programRiskNews(tenant, program.id(), since, now),
                programs.epicsDone(tenant, program.id(), since, now),
                programs.milestones(tenant, program.id(), today, today.plusDays(Digest.MILESTONE_DAYS)));
    }
}
