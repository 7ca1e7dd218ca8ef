package app.keystone.automation;

import app.keystone.raci.Raci;
import app.keystone.risk.RiskDraft;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Jira Automation's "Send web request" can do through {@code POST /api/automation/inbound/{ruleKey}}: create
 * or update the risk of an issue ({@code risk}), or set an issue's RACI ({@code raci}). All or nothing: one
 * transaction, and every check (payload, issue, the register's and RACI's own rules) comes before a write or rolls
 * it back. Successful calls are logged in the run log under {@code inbound-risk} / {@code inbound-raci}.
 */
@Service
class Inbound {

    static final String RISK = "risk";
    static final String RACI = "raci";
    static final Set<String> RUN_KEYS = Set.of("inbound-" + RISK, "inbound-" + RACI);

    private final InboundIssues issues;
    private final IssueRisks issueRisks;
    private final Raci raci;
    private final RunLog runs;

    Inbound(InboundIssues issues, IssueRisks issueRisks, Raci raci, RunLog runs) {
        this.issues = issues;
        this.issueRisks = issueRisks;
        this.raci = raci;
        this.runs = runs;
    }

    record Answer(int status, Map<String, Object> body) {
    }

    static boolean known(String ruleKey) {
        return RISK.equals(ruleKey) || RACI.equals(ruleKey);
    }

    @Transactional
    Answer handle(TenantId tenant, String ruleKey, JsonNode body) {
        return RISK.equals(ruleKey) ? risk(tenant, body) : raci(tenant, body);
    }

    private Answer risk(TenantId tenant, JsonNode body) {
        InboundPayload p = InboundPayload.of(body, Set.of("issue", "title", "description", "probability", "impact",
                "ownerAccountId"));
        String ref = p.issue();
        RiskDraft draft = new RiskDraft(p.text("title", 200), p.text("description", 10_000), p.number("probability"),
                p.number("impact"), p.text("ownerAccountId", 128));
        for (String required : List.of("title", "probability", "impact")) {
            if (p.node(required).isMissingNode() || p.node(required).isNull()) {
                p.errors.add(required, "is required");
            }
        }
        p.check();
        InboundIssues.Found issue = issues.find(tenant, ref);
        RiskDraft create = draft.ownerAccountId() != null ? draft : new RiskDraft(draft.title(), draft.description(),
                draft.probability(), draft.impact(), defaultOwner(tenant, issue.id(), issue.assigneeId()));
        IssueRisks.Saved saved = issueRisks.save(tenant, "inbound", issue.id(), draft, create);
        if (!saved.created()) {
            log(tenant, RISK, issue, saved.riskId(), "Updated risk \"" + draft.title() + "\" of " + issue.key() + ".");
            return new Answer(200, Map.of("action", "updated", "riskId", saved.riskId(), "issueKey", issue.key()));
        }
        log(tenant, RISK, issue, saved.riskId(), "Created risk \"" + draft.title() + "\" linked to " + issue.key()
                + (saved.replacedClosed() ? " (the one created earlier is closed or gone)." : "."));
        return new Answer(201, Map.of("action", "created", "riskId", saved.riskId(), "issueKey", issue.key()));
    }

    /**
     * Who owns a risk the payload names no owner for: the issue's effective Accountable when there is exactly one,
     * else its assignee; else nobody, and the register answers 400 naming ownerAccountId.
     */
    static String defaultOwner(Raci raci, TenantId tenant, long issueId, String assigneeId) {
        Set<String> accountable = raci.accountable(tenant, issueId);
        return accountable.size() == 1 ? accountable.iterator().next() : assigneeId;
    }

    private String defaultOwner(TenantId tenant, long issueId, String assigneeId) {
        return defaultOwner(raci, tenant, issueId, assigneeId);
    }

    private Answer raci(TenantId tenant, JsonNode body) {
        InboundPayload p = InboundPayload.of(body, Set.of("issue", "assignments"));
        String ref = p.issue();
        JsonNode list = p.node("assignments");
        List<Raci.Entry> entries = new ArrayList<>();
        if (!list.isArray()) {
            p.errors.add("assignments", "is required: a list of {role, accountId, note}");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode e = list.get(i);
                if (!e.isObject()) {
                    p.errors.add("assignments[" + i + "]", "must be an object {role, accountId, note}");
                    entries.add(null);
                    continue;
                }
                String at = "assignments[" + i + "]";
                e.fieldNames().forEachRemaining(name -> {
                    if (!Set.of("role", "accountId", "note").contains(name)) {
                        p.errors.add(at + "." + name, "is not a field of an assignment");
                    }
                });
                entries.add(new Raci.Entry(e.path("role").asText(null), e.path("accountId").asText(null),
                        e.path("note").asText(null)));
            }
        }
        p.check();
        InboundIssues.Found issue = issues.find(tenant, ref);
        raci.replaceOwn(tenant, issue.id(), entries);
        log(tenant, RACI, issue, null, "Set " + entries.size() + " own RACI assignment(s) of " + issue.key() + ".");
        return new Answer(200, Map.of("action", "updated", "issueKey", issue.key(), "assignments", entries.size()));
    }

    private void log(TenantId tenant, String kind, InboundIssues.Found issue, UUID risk, String detail) {
        runs.add(tenant, "inbound-" + kind, "Jira Automation called POST /api/automation/inbound/" + kind,
                issue.id(), issue.key(), risk, Outcome.ACTED, detail);
    }

    static KeystoneProblem unknown(String ruleKey) {
        return new KeystoneProblem(404, "UNKNOWN_RULE", "Unknown rule", "The inbound endpoint has no rule '"
                + ruleKey + "'; use " + RISK + " or " + RACI + ".");
    }
}
