package app.keystone.automation;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable trigger queue ({@code automation_trigger}). Triggers are added inside the transaction that made the
 * change (a trigger commits with its cause); workers claim them one at a time with {@code FOR UPDATE SKIP LOCKED},
 * so nodes never run the same row at once. Each addition publishes {@link TriggerQueued}, which wakes this node's
 * worker once the transaction has committed.
 */
@Repository
class TriggerOutbox {

    private final JdbcClient db;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    TriggerOutbox(JdbcClient db, ObjectMapper json, ApplicationEventPublisher events) {
        this.db = db;
        this.json = json;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(TenantId tenant, RuleType rule, String firingKey, String description, Long issueId, String issueKey,
             UUID riskId, JsonNode payload) {
        db.sql("""
                insert into automation_trigger (tenant_id, rule_key, firing_key, trigger_text, issue_id, issue_key,
                    risk_id, payload)
                values (:t, :r, :f, :d, :issue, :key, :risk, cast(:p as jsonb))""")
                .param("t", tenant.value()).param("r", rule.key()).param("f", firingKey).param("d", description)
                .param("issue", issueId, Types.BIGINT).param("key", issueKey).param("risk", riskId, Types.OTHER)
                .param("p", JsonText.write(json, payload == null ? json.createObjectNode() : payload)).update();
        events.publishEvent(new TriggerQueued(tenant, rule));
    }

    /** The oldest due trigger no other transaction holds, locked until the caller's transaction ends. */
    Optional<Trigger> claim() {
        return db.sql("""
                select id, tenant_id, rule_key, firing_key, trigger_text, issue_id, issue_key, risk_id, payload::text,
                    attempts
                from automation_trigger where next_attempt_at <= now()
                order by next_attempt_at, id limit 1 for update skip locked""")
                .query((rs, n) -> new Trigger(rs.getLong(1), new TenantId(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getString(7), rs.getObject(8, UUID.class), JsonText.read(json, rs.getString(9)), rs.getInt(10)))
                .optional();
    }

    /** Records this trigger as the rule's firing; false when the key already fired (a duplicate). */
    boolean fire(Trigger t) {
        return db.sql("""
                insert into automation_firing (tenant_id, rule_key, firing_key) values (:t, :r, :f)
                on conflict do nothing""")
                .param("t", t.tenant().value()).param("r", t.ruleKey()).param("f", t.firingKey()).update() == 1;
    }

    /** Whether the firing key already fired or is queued: a check that sees the same cause again need not queue it. */
    boolean known(TenantId tenant, RuleType rule, String firingKey) {
        return db.sql("""
                select exists (select 1 from automation_firing where tenant_id = :t and rule_key = :r and firing_key = :f)
                    or exists (select 1 from automation_trigger where tenant_id = :t and rule_key = :r and firing_key = :f)""")
                .param("t", tenant.value()).param("r", rule.key()).param("f", firingKey).query(Boolean.class).single();
    }

    void done(long id) {
        db.sql("delete from automation_trigger where id = :id").param("id", id).update();
    }

    /** Another attempt after {@code delayMillis}, keeping why this one failed. */
    void retryLater(long id, long delayMillis, String error) {
        db.sql("""
                update automation_trigger set attempts = attempts + 1, last_error = :e,
                    next_attempt_at = now() + make_interval(secs => :s)
                where id = :id""")
                .param("id", id).param("e", error).param("s", delayMillis / 1000.0).update();
    }
}
