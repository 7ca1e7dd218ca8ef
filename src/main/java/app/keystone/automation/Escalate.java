package app.keystone.automation;

import app.keystone.raci.Raci;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * *Escalate*: e-mails a risk's owner and the effective Accountable of its linked issues when it reached HIGH or
 * CRITICAL. Jira's notify mails about an issue, so each linked issue's mail goes to its Accountable (the owner rides
 * with the first); everyone is mailed once per escalation. A risk linked to no live issue cannot be mailed about.
 */
@Component
class Escalate implements RuleAction {

    static final int MAX_ISSUES = 20;

    private final Raci raci;
    private final Notifier notifier;
    private final JdbcClient db;

    Escalate(Raci raci, Notifier notifier, JdbcClient db) {
        this.raci = raci;
        this.notifier = notifier;
        this.db = db;
    }

    @Override
    public RuleType type() {
        return RuleType.ESCALATE;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        JsonNode p = t.payload();
        Map<Long, String> issues = liveIssues(t, p.path("issueIds"));
        if (issues.isEmpty()) {
            return new Result(Outcome.SKIPPED, "The risk is linked to no issue Keystone knows, and Jira e-mails only "
                    + "about an issue; nobody was told.");
        }
        Set<String> told = new LinkedHashSet<>();
        List<Notifier.Mail> mails = new ArrayList<>();
        String owner = p.path("owner").asText(null);
        for (Map.Entry<Long, String> issue : issues.entrySet()) {
            Set<String> to = new LinkedHashSet<>();
            if (mails.isEmpty() && owner != null) {
                to.add(owner);
            }
            to.addAll(raci.accountable(t.tenant(), issue.getKey()));
            to.removeAll(told);
            if (!to.isEmpty()) {
                told.addAll(to);
                mails.add(new Notifier.Mail(issue.getKey(), issue.getValue(), to,
                        mails.isEmpty() && owner != null ? "owner and Accountable" : "Accountable"));
            }
        }
        if (mails.isEmpty()) {
            return new Result(Outcome.SKIPPED, "The risk has no owner and its issues ("
                    + String.join(", ", issues.values()) + ") no effective Accountable; nobody was told.");
        }
        String title = p.path("title").asText();
        String subject = "Risk escalated to " + p.path("to").asText() + ": " + title;
        String text = "The risk \"" + title + "\" is now " + p.path("to").asText()
                + (p.path("from").isNull() ? "" : " (was " + p.path("from").asText() + ")")
                + ". You own it or are Accountable for work it threatens. See Keystone's risk register.";
        return notifier.send(config, mails, subject, text);
    }

    /** The linked issues still in the mirror, by id, in the order the risk lists them. */
    private Map<Long, String> liveIssues(Trigger t, JsonNode ids) {
        List<Long> wanted = new ArrayList<>();
        ids.forEach(id -> wanted.add(id.asLong()));
        Map<Long, String> keys = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return keys;
        }
        Map<Long, String> found = new LinkedHashMap<>();
        db.sql("""
                select issue_id, issue_key from jira_issue
                where tenant_id = :t and issue_id in (:ids) and deleted_at is null""")
                .param("t", t.tenant().value()).param("ids", wanted)
                .query((rs, n) -> found.put(rs.getLong(1), rs.getString(2))).list();
        wanted.stream().filter(found::containsKey).limit(MAX_ISSUES).forEach(id -> keys.put(id, found.get(id)));
        return keys;
    }
}
