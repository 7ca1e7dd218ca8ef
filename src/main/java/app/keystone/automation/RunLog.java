package app.keystone.automation;

import app.keystone.shared.TenantId;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every rule run ({@code automation_run}): newest first, paged by id. */
@Repository
class RunLog {

    private final JdbcClient db;

    RunLog(JdbcClient db) {
        this.db = db;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Run(long id, String ruleKey, Instant at, String trigger, Long issueId, String issueKey, UUID riskId,
               Outcome outcome, String detail) {
    }

    record Filter(String ruleKey, Outcome outcome, String issueKey, Long before, int limit) {
    }

    void add(TenantId tenant, String ruleKey, String trigger, Long issueId, String issueKey, UUID riskId,
             Outcome outcome, String detail) {
        db.sql("""
                insert into automation_run (tenant_id, rule_key, trigger_text, issue_id, issue_key, risk_id, outcome,
                    detail)
                values (:t, :r, :trigger, :issue, :key, :risk, :outcome, :detail)""")
                .param("t", tenant.value()).param("r", ruleKey).param("trigger", trigger)
                .param("issue", issueId, Types.BIGINT).param("key", issueKey).param("risk", riskId, Types.OTHER)
                .param("outcome", outcome.name()).param("detail", detail).update();
    }

    void add(Trigger t, Outcome outcome, String detail) {
        add(t.tenant(), t.ruleKey(), t.description(), t.issueId(), t.issueKey(), t.riskId(), outcome, detail);
    }

    /** One page plus one more row, so the caller knows whether there is a next page. */
    List<Run> page(TenantId tenant, Filter f) {
        return db.sql("""
                select id, rule_key, at, trigger_text, issue_id, issue_key, risk_id, outcome, detail
                from automation_run
                where tenant_id = :t and (cast(:rule as text) is null or rule_key = :rule)
                  and (cast(:outcome as text) is null or outcome = :outcome)
                  and (cast(:key as text) is null or issue_key = :key)
                  and (cast(:before as bigint) is null or id < :before)
                order by id desc limit :n""")
                .param("t", tenant.value()).param("rule", f.ruleKey(), Types.VARCHAR)
                .param("outcome", f.outcome() == null ? null : f.outcome().name(), Types.VARCHAR)
                .param("key", f.issueKey(), Types.VARCHAR).param("before", f.before(), Types.BIGINT)
                .param("n", f.limit() + 1)
                .query((rs, n) -> new Run(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, UUID.class),
                        Outcome.valueOf(rs.getString(8)), rs.getString(9)))
                .list();
    }
}
