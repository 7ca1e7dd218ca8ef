package app.keystone.automation;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssuesChanged;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns mirror events into triggers, synchronously inside the mirror's writing transaction: the trigger commits with
 * the change that caused it, or neither does. Only enabled rules queue triggers; whether a change matters to a rule
 * (its parameters) is decided here, as the change is seen.
 */
@Component
class MirrorTriggers {

    private final RuleSettings settings;
    private final TriggerOutbox outbox;
    private final JdbcClient db;
    private final ObjectMapper json;

    MirrorTriggers(RuleSettings settings, TriggerOutbox outbox, JdbcClient db, ObjectMapper json) {
        this.settings = settings;
        this.outbox = outbox;
        this.db = db;
        this.json = json;
    }

    /** The mirror row as the event left it: the category move and the Jira time that identifies this change. */
    private record Move(String from, String to, String status, Instant updated, long changelogId) {
    }

    /** A page of changes: each as if alone (a page of created issues returns at once). */
    @EventListener
    void issuesChanged(IssuesChanged e) {
        e.changes().forEach(this::issueChanged);
    }

    @EventListener
    void issueChanged(IssueChanged e) {
        if (e.created() || !e.changedFields().contains("statusCategory")) {
            return;
        }
        RuleConfig rule = settings.get(e.tenant(), RuleType.DONE_INFORM);
        if (!rule.enabled()) {
            return;
        }
        Move move = move(e.tenant(), e.issueId());
        if (move == null || !"done".equals(move.to()) && !rule.flag("anyCategoryChange")) {
            return;
        }
        ObjectNode payload = json.createObjectNode().put("from", move.from()).put("to", move.to())
                .put("status", move.status());
        // Jira's `updated` and changelog id name this transition: a replay of it carries the same ones
        String firingKey = "issue:" + e.issueId() + "@" + move.updated().toEpochMilli() + "#" + move.changelogId();
        outbox.add(e.tenant(), RuleType.DONE_INFORM, firingKey, e.key() + " moved from " + move.from() + " to "
                + move.to() + " (status " + move.status() + ")", e.issueId(), e.key(), null, payload);
    }

    private Move move(TenantId tenant, long issueId) {
        return db.sql("""
                select c.from_category, i.status_category, i.status_name, i.jira_updated, i.changelog_id
                from jira_issue i
                left join lateral (select from_category from jira_status_category_change c
                                   where c.tenant_id = i.tenant_id and c.issue_id = i.issue_id
                                   order by changed_at desc limit 1) c on true
                where i.tenant_id = :t and i.issue_id = :id""")
                .param("t", tenant.value()).param("id", issueId)
                .query((rs, n) -> new Move(Objects.requireNonNullElse(rs.getString(1), "?"), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getLong(5)))
                .optional().orElse(null);
    }
}
