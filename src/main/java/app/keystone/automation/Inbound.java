package app.keystone.automation;

import app.keystone.raci.Raci;
import app.keystone.risk.RiskDraft;
import app.keystone.risk.Risks;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final Risks risks;
    private final Raci raci;
    private final RunLog runs;
    private final JdbcClient db;

    Inbound(InboundIssues issues, Risks risks, Raci raci, RunLog runs, JdbcClient db) {
        this.issues = issues;
        this.risks = risks;
        this.raci = raci;
        this.runs = runs;
        this.db = db;
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
        UUID earlier = db.sql("select risk_id from automation_inbound_risk where tenant_id = :t and issue_id = :i "
                        + "for update").param("t", tenant.value()).param("i", issue.id()).query(UUID.class)
                .optional().orElse(null);
        if (earlier != null && risks.updateIfOpen(tenant, earlier, draft)) {
            log(tenant, RISK, issue, earlier, "Updated risk \"" + draft.title() + "\" of " + issue.key() + ".");
            return new Answer(200, Map.of("action", "updated", "riskId", earlier, "issueKey", issue.key()));
        }
        UUID created = risks.createForIssue(tenant, issue.id(), draft.ownerAccountId() != null ? draft
                : new RiskDraft(draft.title(), draft.description(), draft.probability(), draft.impact(),
                        defaultOwner(tenant, issue)));
        db.sql("""
                insert into automation_inbound_risk (tenant_id, issue_id, risk_id) values (:t, :i, :r)
                on conflict (tenant_id, issue_id) do update set risk_id = excluded.risk_id""")
                .param("t", tenant.value()).param("i", issue.id()).param("r", created).update();
        log(tenant, RISK, issue, created, "Created risk \"" + draft.title() + "\" linked to " + issue.key()
                + (earlier == null ? "." : " (the one created earlier is closed or gone)."));
        return new Answer(201, Map.of("action", "created", "riskId", created, "issueKey", issue.key()));
    }

    /**
     * Who owns a risk the payload names no owner for: the issue's effective Accountable when there is exactly one,
     * else its assignee; else nobody, and the register answers 400 naming ownerAccountId.
     */
    private String defaultOwner(TenantId tenant, InboundIssues.Found issue) {
        Set<String> accountable = raci.accountable(tenant, issue.id());
        return accountable.size() == 1 ? accountable.iterator().next() : issue.assigneeId();
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
