package app.keystone.jira.property;

import app.keystone.jira.IssuePropertyProjection;
import app.keystone.jira.JiraIssueProperties;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Writes the queued issue properties of every {@link IssuePropertyProjection}: per tenant and property, takes a
 * batch off the outbox in one transaction, asks the owning module for the values, skips those Jira already has,
 * and puts back what Jira refused so a later run retries it.
 */
@Component
class IssuePropertyPublisher {

    private static final Logger log = LoggerFactory.getLogger(IssuePropertyPublisher.class);
    private static final int BATCH = 200;

    /**
     * Numbers compare by value: a projection built in Java holds a long count as a LongNode where the stored text
     * reads back as an IntNode, and a sum of story points may come back as 10 one time and 10.0 the next; JsonNode's
     * own equals tells those apart, so every queued parent used to be written again with what Jira already had.
     */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final JdbcClient db;
    private final List<IssuePropertyProjection> projections;
    private final JiraIssueProperties properties;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final boolean enabled;

    IssuePropertyPublisher(JdbcClient db, List<IssuePropertyProjection> projections, JiraIssueProperties properties,
                           TransactionTemplate tx, ObjectMapper json,
                           @Value("${keystone.sync.enabled:true}") boolean enabled) {
        this.db = db;
        this.projections = projections;
        this.properties = properties;
        this.tx = tx;
        this.json = json;
        this.enabled = enabled;
    }

    /** @return how many properties were written */
    int publishAll() {
        if (!enabled) {
            return 0; // no Jira to write to (the same switch as backfill and reconcile)
        }
        int written = 0;
        for (IssuePropertyProjection projection : projections) {
            // A tenant whose backfill is making progress (projects left, one touched in the last minute: a page,
            // a project finished) waits: the Jira budget (JiraClient's rate limit) goes to the mirror first, and a
            // parent's property would otherwise be rewritten as each page brings more of its children. A stalled
            // backfill no longer defers them.
            List<UUID> tenants = db.sql("""
                    select distinct o.tenant_id from issue_property_outbox o join tenant t on t.id = o.tenant_id
                    where t.installed and o.property_key = :k
                      and not (exists (select 1 from jira_backfill b where b.tenant_id = o.tenant_id and b.state <> 'done')
                               and exists (select 1 from jira_backfill b where b.tenant_id = o.tenant_id
                                           and b.updated_at > now() - interval '1 minute'))""")
                    .param("k", projection.propertyKey()).query(UUID.class).list();
            for (UUID tenant : tenants) {
                Integer n = tx.execute(s -> publish(new TenantId(tenant), projection));
                written += n == null ? 0 : n;
            }
        }
        return written;
    }

    private int publish(TenantId tenant, IssuePropertyProjection projection) {
        String key = projection.propertyKey();
        List<Long> ids = take(tenant, key);
        if (ids.isEmpty()) {
            return 0;
        }
        int written = 0;
        for (Map.Entry<Long, JsonNode> e : changed(tenant, projection, ids).entrySet()) {
            try {
                if (e.getValue() == null) {
                    properties.delete(tenant, e.getKey(), key);
                    db.sql("delete from issue_property_state where tenant_id = :t and property_key = :k and issue_id = :id")
                            .param("t", tenant.value()).param("k", key).param("id", e.getKey()).update();
                    written++;
                } else if (properties.put(tenant, e.getKey(), key, e.getValue())) {
                    db.sql("""
                            insert into issue_property_state (tenant_id, property_key, issue_id, value)
                            values (:t, :k, :id, cast(:v as jsonb))
                            on conflict (tenant_id, property_key, issue_id)
                            do update set value = excluded.value, written_at = now()""")
                            .param("t", tenant.value()).param("k", key).param("id", e.getKey())
                            .param("v", e.getValue().toString()).update();
                    written++;
                }
            } catch (RuntimeException failure) {
                log.warn("Could not write {} of issue {} (tenant {}): {}", key, e.getKey(), tenant.value(),
                        failure.getMessage());
                db.sql("insert into issue_property_outbox (tenant_id, property_key, issue_id) values (:t, :k, :id)")
                        .param("t", tenant.value()).param("k", key).param("id", e.getKey()).update();
            }
        }
        return written;
    }

    /**
     * The oldest queued issues, with every other mark of the same issues: the writer queues a parent at each change
     * of its subtree (a 250k backfill queued 161,750 marks for ≈67k parents), and one projection read now covers
     * them all. Marks committed after this statement stay queued, so a change that lands while this batch is written
     * is written by a later one.
     */
    private List<Long> take(TenantId tenant, String key) {
        List<Long> ids = db.sql("""
                delete from issue_property_outbox where seq in (
                    select seq from issue_property_outbox where tenant_id = :t and property_key = :k
                    order by seq limit :n for update skip locked)
                returning issue_id""").param("t", tenant.value()).param("k", key).param("n", BATCH)
                .query(Long.class).list().stream().distinct().toList();
        if (!ids.isEmpty()) {
            db.sql("""
                    delete from issue_property_outbox where tenant_id = :t and property_key = :k
                      and issue_id = any(cast(:ids as bigint[]))""")
                    .param("t", tenant.value()).param("k", key).param("ids", ids.toArray(Long[]::new)).update();
        }
        return ids;
    }

    /**
     * New values that differ from what was last written; issues written before and now without data are cleared
     * (a null value: the property is deleted).
     */
    private Map<Long, JsonNode> changed(TenantId tenant, IssuePropertyProjection projection, List<Long> ids) {
        Map<Long, String> written = new HashMap<>();
        db.sql("""
                select issue_id, value::text from issue_property_state
                where tenant_id = :t and property_key = :k and issue_id = any(cast(:ids as bigint[]))""")
                .param("t", tenant.value()).param("k", projection.propertyKey()).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> written.put(rs.getLong(1), rs.getString(2))).list();
        Map<Long, Object> values = projection.project(tenant, ids, written.keySet());
        Object clearedValue = projection.cleared();
        boolean remove = clearedValue == IssuePropertyProjection.REMOVE;
        JsonNode cleared = clearedValue == null || remove ? null : json.valueToTree(clearedValue);
        Map<Long, JsonNode> result = new LinkedHashMap<>();
        for (Long id : ids) {
            Object value = values.get(id);
            if (value == null && (!written.containsKey(id) || cleared == null)) {
                if (value == null && written.containsKey(id) && remove) {
                    result.put(id, null); // a null entry deletes the property
                }
                continue;
            }
            JsonNode node = value == null ? cleared : json.valueToTree(value);
            if (!same(node, written.get(id))) {
                result.put(id, node);
            }
        }
        return result;
    }

    private boolean same(JsonNode value, String stored) {
        try {
            return stored != null && value != null && json.readTree(stored).equals(NUMBERS_BY_VALUE, value);
        } catch (Exception e) {
            return false;
        }
    }
}
