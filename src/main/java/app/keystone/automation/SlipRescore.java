package app.keystone.automation;

import app.keystone.risk.Risks;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * *Slip → re-score*: raises the probability of a risk whose linked issue slipped (see {@link SlipTriggers}) by the
 * rule's {@code step}, at most to 5, through the register: its history shows the change with no author (account id
 * null), as for every change the app makes, and the run log names the rule.
 */
@Component
class SlipRescore implements RuleAction {

    private final Risks risks;
    private final JdbcClient db;

    SlipRescore(Risks risks, JdbcClient db) {
        this.risks = risks;
        this.db = db;
    }

    @Override
    public RuleType type() {
        return RuleType.SLIP_RESCORE;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        String due = t.payload().path("due").asText();
        Optional<LocalDate> now = db.sql("""
                select due_date from jira_issue where tenant_id = :t and issue_id = :i and deleted_at is null""")
                .param("t", t.tenant().value()).param("i", t.issueId()).query(LocalDate.class).optional();
        if (now.isEmpty() || !due.equals(String.valueOf(now.get()))) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " is no longer due " + due
                    + " (its due date changed again, or it left Jira) before the rule ran; the risk was not re-scored.");
        }
        int step = config.number("step");
        String risk = "the risk \"" + t.payload().path("title").asText() + "\" (" + t.riskId() + ")";
        if (config.dryRun()) {
            Risks.OpenRisk open = risks.openRisksOf(t.tenant(), t.issueId()).stream()
                    .filter(r -> r.id().equals(t.riskId())).findFirst().orElse(null);
            return open == null || open.probability() >= 5
                    ? new Result(Outcome.SKIPPED, notRescored(risk))
                    : new Result(Outcome.DRY_RUN, "Would have raised the probability of " + risk + " from "
                            + open.probability() + " to " + Math.min(5, open.probability() + step) + ".");
        }
        return risks.raiseProbability(t.tenant(), t.riskId(), step)
                .map(r -> new Result(Outcome.ACTED, "Raised the probability of " + risk + " from " + r.from()
                        + " to " + r.to() + ": " + t.issueKey() + " " + t.payload().path("why").asText() + "."))
                .orElseGet(() -> new Result(Outcome.SKIPPED, notRescored(risk)));
    }

    private static String notRescored(String risk) {
        return "Nothing to raise: " + risk + " is closed, deleted or already at probability 5.";
    }
}
