package app.keystone.automation;

import app.keystone.raci.Raci;
import app.keystone.risk.RiskDraft;
import app.keystone.risk.Risks;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * *Blocked → risk*: raises (or updates) the risk of an issue blocked too long, owned by its effective Accountable, and
 * marks it for review once the issue is unblocked. Triggers come from {@link BlockedCheck}.
 */
@Component
class BlockedRisk implements RuleAction {

    static final String SOURCE = "blocked-risk";

    private final IssueRisks issueRisks;
    private final Risks risks;
    private final Raci raci;
    private final JdbcClient db;

    BlockedRisk(IssueRisks issueRisks, Risks risks, Raci raci, JdbcClient db) {
        this.issueRisks = issueRisks;
        this.risks = risks;
        this.raci = raci;
        this.db = db;
    }

    @Override
    public RuleType type() {
        return RuleType.BLOCKED_RISK;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        return "review".equals(t.payload().path("action").asText()) ? review(t, config) : raise(t, config);
    }

    private Result raise(Trigger t, RuleConfig config) {
        record Issue(String summary, String assignee) {
        }
        Issue issue = db.sql("select summary, assignee_id from jira_issue where tenant_id = :t and issue_id = :i "
                        + "and deleted_at is null").param("t", t.tenant().value()).param("i", t.issueId())
                .query((rs, n) -> new Issue(rs.getString(1), rs.getString(2))).optional().orElse(null);
        if (issue == null) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " is no longer in Jira; no risk raised.");
        }
        String owner = Inbound.defaultOwner(raci, t.tenant(), t.issueId(), issue.assignee());
        if (owner == null) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " has no single effective Accountable and no assignee "
                    + "to own a risk; none raised.");
        }
        String title = truncate("Blocked: " + t.issueKey() + " " + (issue.summary() == null ? "" : issue.summary()));
        String description = t.issueKey() + " has been blocked (flagged, or blocked by an issue not done) since "
                + t.payload().path("since").asText() + ". Raised by Keystone's Blocked → risk rule.";
        if (config.dryRun()) {
            return new Result(Outcome.DRY_RUN, "Would have raised or updated the risk \"" + title + "\" owned by "
                    + owner + ".");
        }
        RiskDraft draft = new RiskDraft(title, description, 3, 3, owner);
        IssueRisks.Saved saved = issueRisks.save(t.tenant(), SOURCE, t.issueId(), draft, draft);
        return new Result(Outcome.ACTED, (saved.created() ? "Raised" : "Updated") + " the risk \"" + title + "\" ("
                + saved.riskId() + ") owned by " + owner + ".");
    }

    private Result review(Trigger t, RuleConfig config) {
        UUID risk = issueRisks.of(t.tenant(), SOURCE, t.issueId()).orElse(null);
        if (risk == null) {
            return new Result(Outcome.SKIPPED, "No risk was raised for " + t.issueKey() + "; nothing to review.");
        }
        if (config.dryRun()) {
            return new Result(Outcome.DRY_RUN, "Would have marked the risk " + risk + " for review.");
        }
        return risks.markForReview(t.tenant(), risk)
                ? new Result(Outcome.ACTED, "Marked the risk " + risk + " for review (review date today): "
                        + t.issueKey() + " is no longer blocked.")
                : new Result(Outcome.SKIPPED, "The risk " + risk + " is closed or deleted; nothing to review.");
    }

    private static String truncate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
