package app.keystone.program.rollup;

import app.keystone.jira.IssuePropertyProjection;
import app.keystone.program.health.ProgramHealth;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Projects each parent issue's rollup into its {@code keystone.rollup} entity property, which the descriptor's
 * {@code jiraEntityProperties} module indexes for JQL ({@code keystonePercentDone < 50}). The jira module's shared
 * publisher batches and debounces the writes (a burst of changes under one epic becomes one write), skips
 * projections Jira already has and retries what Jira refused; the writer queues issues through
 * {@code IssuePropertyOutbox}.
 */
@Component
class RollupPropertyProjection implements IssuePropertyProjection {

    static final String PROPERTY = "keystone.rollup";

    private final org.springframework.jdbc.core.simple.JdbcClient db;
    private final RollupStore store;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    RollupPropertyProjection(org.springframework.jdbc.core.simple.JdbcClient db, RollupStore store, ObjectMapper json) {
        this.db = db;
        this.store = store;
        this.json = json;
    }

    @Override
    public String propertyKey() {
        return PROPERTY;
    }

    /** Deleted nodes keep their last value (Jira deleted the issue with it). */
    @Override
    public Object cleared() {
        return null;
    }

    /** The projections of live nodes; none for issues never written and without children. */
    @Override
    public Map<Long, Object> project(TenantId tenant, List<Long> ids, Set<Long> written) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, DateCounts> dates = store.nodeDateFacts(tenant, ids, today);
        Map<Long, Object> result = new HashMap<>();
        db.sql("select * from rollup_node where tenant_id = :t and issue_id in (:ids) and not deleted")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("issue_id");
                    Figures f = Figures.read(rs);
                    if (f.get(Figures.TOTAL) == 0 && !written.contains(id)) {
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
                    result.put(id, p);
                    return null;
                }).list();
        return result;
    }
}
