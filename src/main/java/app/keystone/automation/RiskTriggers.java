package app.keystone.automation;

import app.keystone.risk.RiskLevelChanged;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns risk events into triggers inside the risk's saving transaction (the trigger commits with the save). Escalate
 * fires once per risk and level reached: the firing key names both, so a risk that falls back and rises again to the
 * same level does not e-mail twice.
 */
@Component
class RiskTriggers {

    private static final Set<String> ESCALATING = Set.of("HIGH", "CRITICAL");

    private final RuleSettings settings;
    private final TriggerOutbox outbox;
    private final ObjectMapper json;
    private final JdbcClient db;

    RiskTriggers(RuleSettings settings, TriggerOutbox outbox, ObjectMapper json, JdbcClient db) {
        this.settings = settings;
        this.outbox = outbox;
        this.json = json;
        this.db = db;
    }

    @EventListener
    void levelChanged(RiskLevelChanged e) {
        if (!e.open() || !e.rose() || !ESCALATING.contains(e.to())
                || !settings.get(e.tenant(), RuleType.ESCALATE).enabled()) {
            return;
        }
        ObjectNode payload = json.createObjectNode().put("title", e.title()).put("from", e.from()).put("to", e.to())
                .put("owner", e.ownerAccountId());
        e.issueIds().forEach(payload.putArray("issueIds")::add);
        String description = "Risk \"" + e.title() + "\" reached " + e.to()
                + (e.from() == null ? " when it was created" : " (was " + e.from() + ")");
        Long first = e.issueIds().isEmpty() ? null : e.issueIds().get(0);
        String firstKey = first == null ? null : db.sql("select issue_key from jira_issue where tenant_id = :t "
                + "and issue_id = :id").param("t", e.tenant().value()).param("id", first).query(String.class)
                .optional().orElse(null);
        outbox.add(e.tenant(), RuleType.ESCALATE, "risk:" + e.riskId() + "@" + e.to(), description, first, firstKey,
                e.riskId(), payload);
    }
}
