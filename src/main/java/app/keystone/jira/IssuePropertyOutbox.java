package app.keystone.jira;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batched, debounced writer behind Keystone's issue entity properties: a module queues issues whose property may
 * have changed, and a recurring task (its interval is the debounce window) calls {@link #publishAll}. Each run takes
 * a tenant's queued issues in one transaction, skips values Jira already has, removes properties that no longer have
 * a value, and puts back what Jira refused so a later run retries it.
 */
@Component
public class IssuePropertyOutbox {

    private static final Logger log = LoggerFactory.getLogger(IssuePropertyOutbox.class);
    private static final int BATCH = 200;

    private final JdbcClient db;
    private final JiraIssueProperties properties;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final boolean enabled;

    IssuePropertyOutbox(JdbcClient db, JiraIssueProperties properties, TransactionTemplate tx, ObjectMapper json,
                        @Value("${keystone.sync.enabled:true}") boolean enabled) {
        this.db = db;
        this.properties = properties;
        this.tx = tx;
        this.json = json;
        this.enabled = enabled;
    }

    /** Queues issues for the next run; call inside the transaction that changed their data. */
    public void enqueue(IssuePropertyProjection projection, TenantId tenant, Collection<Long> issueIds) {
        for (Long id : issueIds.stream().distinct().toList()) {
            db.sql("insert into " + projection.outboxTable() + " (tenant_id, issue_id) values (:t, :id)")
                    .param("t", tenant.value()).param("id", id).update();
        }
    }

    public void publishAll(IssuePropertyProjection projection) {
        if (!enabled) {
            return; // no Jira to write to (the same switch as backfill and reconcile)
        }
        List<UUID> tenants = db.sql("select distinct o.tenant_id from " + projection.outboxTable()
                + " o join tenant t on t.id = o.tenant_id where t.installed").query(UUID.class).list();
        for (UUID tenant : tenants) {
            tx.executeWithoutResult(s -> publish(projection, new TenantId(tenant)));
        }
    }

    private void publish(IssuePropertyProjection projection, TenantId tenant) {
        String outbox = projection.outboxTable();
        List<Long> ids = db.sql("delete from " + outbox + " where seq in (select seq from " + outbox
                        + " where tenant_id = :t order by seq limit :n for update skip locked) returning issue_id")
                .param("t", tenant.value()).param("n", BATCH).query(Long.class).list().stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String> written = new HashMap<>();
        db.sql("select issue_id, value::text from " + projection.stateTable()
                        + " where tenant_id = :t and issue_id in (:ids)")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> written.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, ObjectNode> values = projection.project(tenant, ids, written.keySet());
        for (Long id : ids) {
            ObjectNode value = values.get(id);
            if (value == null ? !written.containsKey(id) : sameJson(value, written.get(id))) {
                continue;
            }
            try {
                write(projection, tenant, id, value);
            } catch (RuntimeException failure) {
                log.warn("Could not write {} of issue {} (tenant {}): {}", projection.propertyKey(), id,
                        tenant.value(), failure.getMessage());
                db.sql("insert into " + outbox + " (tenant_id, issue_id) values (:t, :id)")
                        .param("t", tenant.value()).param("id", id).update();
            }
        }
    }

    private void write(IssuePropertyProjection projection, TenantId tenant, long id, ObjectNode value) {
        String state = projection.stateTable();
        if (value == null) {
            properties.delete(tenant, id, projection.propertyKey());
            db.sql("delete from " + state + " where tenant_id = :t and issue_id = :id")
                    .param("t", tenant.value()).param("id", id).update();
        } else if (properties.put(tenant, id, projection.propertyKey(), value)) {
            db.sql("insert into " + state + " (tenant_id, issue_id, value) values (:t, :id, cast(:v as jsonb)) "
                            + "on conflict (tenant_id, issue_id) do update set value = excluded.value, written_at = now()")
                    .param("t", tenant.value()).param("id", id).param("v", value.toString()).update();
        }
    }

    private boolean sameJson(ObjectNode value, String stored) {
        try {
            JsonNode before = stored == null ? null : json.readTree(stored);
            return before != null && before.equals(json.readTree(value.toString()));
        } catch (Exception e) {
            return false;
        }
    }
}
