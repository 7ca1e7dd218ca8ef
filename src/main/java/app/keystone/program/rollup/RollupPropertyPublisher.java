package app.keystone.program.rollup;

import app.keystone.jira.JiraIssueProperties;
import app.keystone.program.health.ProgramHealth;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
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
 * Projects each parent issue's rollup into its {@code keystone.rollup} entity property, which the descriptor's
 * {@code jiraEntityProperties} module indexes for JQL ({@code keystonePercentDone < 50}). Runs every few seconds
 * (a burst of changes under one epic becomes one write), takes the queued issues of a tenant in one transaction,
 * skips projections Jira already has, and puts back what Jira refused so a later run retries it.
 */
@Component
class RollupPropertyPublisher {

    static final String PROPERTY = "keystone.rollup";
    private static final Logger log = LoggerFactory.getLogger(RollupPropertyPublisher.class);
    private static final int BATCH = 200;

    private final JdbcClient db;
    private final RollupStore store;
    private final JiraIssueProperties properties;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final boolean enabled;

    RollupPropertyPublisher(JdbcClient db, RollupStore store, JiraIssueProperties properties, TransactionTemplate tx, ObjectMapper json,
                            @Value("${keystone.sync.enabled:true}") boolean enabled) {
        this.db = db;
        this.store = store;
        this.properties = properties;
        this.tx = tx;
        this.json = json;
        this.enabled = enabled;
    }

    void publishAll() {
        if (!enabled) {
            return; // no Jira to write to (the same switch as backfill and reconcile)
        }
        List<UUID> tenants = db.sql("""
                select distinct o.tenant_id from rollup_property_outbox o join tenant t on t.id = o.tenant_id
                where t.installed""").query(UUID.class).list();
        for (UUID tenant : tenants) {
            tx.executeWithoutResult(s -> publish(new TenantId(tenant)));
        }
    }

    private void publish(TenantId tenant) {
        List<Long> ids = db.sql("""
                delete from rollup_property_outbox where seq in (
                    select seq from rollup_property_outbox where tenant_id = :t order by seq limit :n
                    for update skip locked)
                returning issue_id""").param("t", tenant.value()).param("n", BATCH).query(Long.class).list()
                .stream().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, ObjectNode> projections = projections(tenant, ids);
        for (Map.Entry<Long, ObjectNode> e : projections.entrySet()) {
            try {
                if (properties.put(tenant, e.getKey(), PROPERTY, e.getValue())) {
                    db.sql("""
                            insert into rollup_property_state (tenant_id, issue_id, value) values (:t, :id, cast(:v as jsonb))
                            on conflict (tenant_id, issue_id) do update set value = excluded.value, written_at = now()""")
                            .param("t", tenant.value()).param("id", e.getKey()).param("v", e.getValue().toString()).update();
                }
            } catch (RuntimeException failure) {
                log.warn("Could not write {} of issue {} (tenant {}): {}", PROPERTY, e.getKey(), tenant.value(),
                        failure.getMessage());
                db.sql("insert into rollup_property_outbox (tenant_id, issue_id) values (:t, :id)")
                        .param("t", tenant.value()).param("id", e.getKey()).update();
            }
        }
    }

    /** The projections that differ from what was last written (none for issues never written and without children). */
    private Map<Long, ObjectNode> projections(TenantId tenant, List<Long> ids) {
        Map<Long, DateCounts> dates = store.nodeDates(tenant, ids);
        Map<Long, String> written = new HashMap<>();
        db.sql("select issue_id, value::text from rollup_property_state where tenant_id = :t and issue_id in (:ids)")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> written.put(rs.getLong(1), rs.getString(2))).list();
        LocalDate today = LocalDate.now(clock);
        Map<Long, ObjectNode> result = new HashMap<>();
        db.sql("select * from rollup_node where tenant_id = :t and issue_id in (:ids) and not deleted")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("issue_id");
                    Figures f = Figures.read(rs);
                    if (f.get(Figures.TOTAL) == 0 && !written.containsKey(id)) {
                        return null;
                    }
                    RollupView.FiguresView v = RollupView.of(f, dates.getOrDefault(id, new DateCounts()), today, null);
                    long open = v.issues().total() - v.issues().done();
                    ObjectNode p = json.createObjectNode()
                            .put("issueCount", v.issues().total())
                            .put("percentDone", v.percentComplete().byCount() == null ? 0 : v.percentComplete().byCount())
                            .put("doneEstimate", v.estimate().done())
                            .put("totalEstimate", v.estimate().total())
                            .put("blockedCount", v.blocked())
                            .put("overdueCount", v.overdue())
                            .put("health", ProgramHealth.byShares(open, v.blocked(), v.overdue()).name());
                    if (!sameJson(p, written.get(id))) {
                        result.put(id, p);
                    }
                    return null;
                }).list();
        return result;
    }

    private boolean sameJson(ObjectNode value, String stored) {
        try {
            return stored != null && json.readTree(stored).equals(json.readTree(value.toString()));
        } catch (Exception e) {
            return false;
        }
    }
}
