package app.keystone.automation;

import app.keystone.program.Programs;
import app.keystone.raci.Raci;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * *RACI gap*: an epic new to a program (see {@link RaciGapCheck}) that has no effective Accountable — own, inherited
 * or from its programs, as decided when the rule runs — is e-mailed about to the program's owner through Jira.
 */
@Component
class RaciGap implements RuleAction {

    private final Programs programs;
    private final Raci raci;
    private final Notifier notifier;

    RaciGap(Programs programs, Raci raci, Notifier notifier) {
        this.programs = programs;
        this.raci = raci;
        this.notifier = notifier;
    }

    @Override
    public RuleType type() {
        return RuleType.RACI_GAP;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        Programs.ProgramPlan program = programs.plan(t.tenant(),
                UUID.fromString(t.payload().path("programId").asText())).orElse(null);
        if (program == null) {
            return new Result(Outcome.SKIPPED, "The program was deleted before the rule ran; nobody was told.");
        }
        Set<String> accountable = raci.accountable(t.tenant(), t.issueId());
        if (!accountable.isEmpty()) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " has an effective Accountable ("
                    + String.join(", ", accountable) + "); no gap to report.");
        }
        if (program.ownerAccountId() == null) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " has no effective Accountable, but program "
                    + program.name() + " has no owner to tell; nobody was told.");
        }
        String subject = "RACI gap: " + t.issueKey() + " has no Accountable";
        String text = "The epic " + t.issueKey() + " is new to the program " + program.name() + ", which you own, and "
                + "nobody is Accountable for it (not on the epic, its parents or the program). Set its RACI in Keystone.";
        return notifier.send(config, List.of(new Notifier.Mail(t.issueId(), t.issueKey(),
                Set.of(program.ownerAccountId()), "program owner")), subject, text);
    }
}
