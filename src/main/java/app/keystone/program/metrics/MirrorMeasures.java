package app.keystone.program.metrics;

import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Values read from Keystone's own copy of Jira, no Jira call: counts and story-point sums over a program's members
 * (the rollup engine's {@code program_issue} and {@code rollup_node}), and the status-category entries of its
 * level-0 members for cycle time and throughput. Definitions (overdue, blocked, estimate) are the rollups'.
 */
@Component
class MirrorMeasures {

    private final JdbcClient db;

    MirrorMeasures(JdbcClient db) {
        this.db = db;
    }

    BigDecimal mirror(TenantId tenant, UUID programId, MetricSource source, LocalDate today) {
        MetricSource.Filter f = source.filter();
        StringBuilder sql = new StringBuilder("""
                select count(*) as n, coalesce(sum(n.points) filter (where n.level = 0), 0) as points
                from program_issue pi join rollup_node n on n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id
                where pi.tenant_id = :t and pi.program_id = :p and not n.deleted""");
        Map<String, Object> params = new HashMap<>(Map.of("t", tenant.value(), "p", programId));
        if (!f.labels().isEmpty()) {
            sql.append(" and n.labels && cast(:labels as text[])");
            params.put("labels", f.labels().toArray(String[]::new));
        }
        if (!f.issueTypes().isEmpty()) {
            sql.append(" and n.issue_type in (:types)");
            params.put("types", f.issueTypes());
        }
        if (!f.statusCategories().isEmpty()) {
            sql.append(" and n.category in (:categories)");
            params.put("categories", f.statusCategories());
        }
        if (f.overdue() != null) {
            String overdue = "(n.due_date < :today and n.category <> 'done')";
            sql.append(f.overdue() ? " and " + overdue : " and not coalesce(" + overdue + ", false)");
            params.put("today", today);
        }
        if (f.blocked() != null) {
            sql.append(f.blocked() ? " and n.blocked" : " and not n.blocked");
        }
        return db.sql(sql.toString()).params(params).query((rs, i) -> source.aggregate() == MetricSource.Aggregate.COUNT
                ? BigDecimal.valueOf(rs.getLong("n")) : rs.getBigDecimal("points")).single();
    }

    /** Every status-category entry of the program's level-0 members that entered done in ({@code from}, {@code to}]. */
    List<CycleTime.Change> finishedHistories(TenantId tenant, UUID programId, Instant from, Instant to) {
        return db.sql("""
                select c.issue_id, c.changed_at, c.to_category, c.first_seen
                from jira_status_category_change c
                join program_issue pi on pi.tenant_id = c.tenant_id and pi.issue_id = c.issue_id and pi.program_id = :p
                join rollup_node n on n.tenant_id = c.tenant_id and n.issue_id = c.issue_id
                where c.tenant_id = :t and n.level = 0 and not n.deleted and c.issue_id in (
                    select d.issue_id from jira_status_category_change d where d.tenant_id = :t
                    and d.to_category = 'done' and d.changed_at > :from and d.changed_at <= :to)
                order by c.issue_id, c.changed_at""")
                .param("t", tenant.value()).param("p", programId)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> new CycleTime.Change(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getBoolean(4))).list();
    }
}
