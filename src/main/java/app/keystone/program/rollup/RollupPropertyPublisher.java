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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Projects each parent issue's rollup into its {@code keystone.rollup} entity property, which the descriptor's
 * {@code jiraEntityProperties} module indexes for JQL ({@code keystonePercentDone < 50}). Written in batches every
 * few seconds by the jira module's {@link app.keystone.jira.IssuePropertyOutbox} (a burst of changes under one epic
 * becomes one write). An issue without children gets no property unless it had one (then it reads zero).
 */
@Component
class RollupPropertyPublisher implements IssuePropertyProjection {

    static final String PROPERTY = "keystone.rollup";

    private final JdbcClient db;
    private final RollupStore store;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    RollupPropertyPublisher(JdbcClient db, RollupStore store, ObjectMapper json) {
        this.db = db;
        this.store = store;
        this.json = json;
    }

    @Override
    public String propertyKey() {
        return PROPERTY;
    }

    @Override
    public String outboxTable() {
        return "rollup_property_outbox";
    }

    @Override
    public String stateTable() {
        return "rollup_property_state";
    }

    @Override
    public Map<Long, ObjectNode> project(TenantId tenant, List<Long> ids, Set<Long> written) {
        Map<Long, DateCounts> dates = store.nodeDates(tenant, ids);
        LocalDate today = LocalDate.now(clock);
        Map<Long, ObjectNode> result = new HashMap<>();
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
                    result.put(id, json.createObjectNode()
                            .put("issueCount", v.issues().total())
                            .put("percentDone", v.percentComplete().byCount() == null ? 0 : v.percentComplete().byCount())
                            .put("doneEstimate", v.estimate().done())
                            .put("totalEstimate", v.estimate().total())
                            .put("blockedCount", v.blocked())
                            .put("overdueCount", v.overdue())
                            .put("health", ProgramHealth.byShares(open, v.blocked(), v.overdue()).name()));
                    return null;
                }).list();
        return result;
    }
}
