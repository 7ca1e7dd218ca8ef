package app.keystone.risk.register;

import app.keystone.jira.IssuePropertyOutbox;
import app.keystone.jira.IssuePropertyProjection;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code keystone.risk} entity property of each issue with risks linked to it directly: open count, highest open
 * exposure and its level (name and rank, for JQL such as {@code keystoneRiskLevelRank >= 3}). An issue whose last
 * open risk closes or goes keeps no property: it is removed. Written through jira's {@link IssuePropertyOutbox}.
 */
@Component
class RiskProperty implements IssuePropertyProjection {

    static final String PROPERTY = "keystone.risk";

    private final JdbcClient db;
    private final RiskSettings settings;
    private final ObjectMapper json;
    private final IssuePropertyOutbox outbox;

    RiskProperty(JdbcClient db, RiskSettings settings, ObjectMapper json, IssuePropertyOutbox outbox) {
        this.db = db;
        this.settings = settings;
        this.json = json;
        this.outbox = outbox;
    }

    /** Queue these issues' property for rewriting (inside the transaction that changed their risks). */
    void changed(TenantId tenant, Collection<Long> issueIds) {
        outbox.queue(tenant, PROPERTY, issueIds);
    }

    /** The matrix changed: every issue with a risk may show another level. */
    void matrixChanged(TenantId tenant) {
        changed(tenant, db.sql("select distinct issue_id from risk_issue where tenant_id = :t")
                .param("t", tenant.value()).query(Long.class).list());
    }

    @Override
    public String propertyKey() {
        return PROPERTY;
    }

    /** An issue whose last open risk closes or goes loses the property, so JQL no longer finds it. */
    @Override
    public Object cleared() {
        return REMOVE;
    }

    @Override
    public Map<Long, Object> project(TenantId tenant, List<Long> issueIds, Set<Long> written) {
        RiskMatrix matrix = settings.matrix(tenant);
        Map<Long, Object> values = new HashMap<>();
        db.sql("""
                select i.issue_id, count(*), max(r.exposure) from risk_issue i join risk r on r.id = i.risk_id
                where i.tenant_id = :t and i.issue_id in (:ids) and r.status = 'OPEN'
                group by i.issue_id""")
                .param("t", tenant.value()).param("ids", issueIds)
                .query((rs, n) -> {
                    Level level = matrix.level(rs.getInt(3));
                    return values.put(rs.getLong(1), json.createObjectNode().put("openCount", rs.getInt(2))
                            .put("maxScore", rs.getInt(3)).put("maxLevel", level.name())
                            .put("maxLevelRank", level.rank()));
                }).list();
        return values;
    }
}
