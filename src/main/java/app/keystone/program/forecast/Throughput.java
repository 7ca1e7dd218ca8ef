package app.keystone.program.forecast;

import app.keystone.shared.TenantId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Weekly throughput of a program: its level-0 work items resolved per ISO week (Monday start), for the complete
 * weeks before today, oldest first. Level 0 because stories, tasks and bugs are the unit teams finish at a pace;
 * epics and sub-tasks would count the same work twice.
 */
@Component
public class Throughput {

    private final JdbcClient db;

    Throughput(JdbcClient db) {
        this.db = db;
    }

    public List<Integer> weekly(TenantId tenant, UUID programId, int weeks, LocalDate today, Set<String> projects) {
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisWeek.minusWeeks(weeks);
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        db.sql("""
                select date_trunc('week', j.resolution_date at time zone 'UTC')::date as week, count(*)
                from program_issue pi join jira_issue j on j.tenant_id = pi.tenant_id and j.issue_id = pi.issue_id
                where pi.program_id = :p and pi.tenant_id = :t and j.deleted_at is null and j.status_category = 'done'
                  and j.hierarchy_level = 0 and j.resolution_date >= :from and j.resolution_date < :to
                  and j.project_key in (:projects)
                group by 1""")
                .param("p", programId).param("t", tenant.value()).param("projects", nonEmpty(projects))
                .param("from", from.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .param("to", thisWeek.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                .query((rs, n) -> byWeek.put(rs.getObject(1, LocalDate.class), rs.getInt(2))).list();
        List<Integer> result = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            result.add(byWeek.getOrDefault(from.plusWeeks(w), 0));
        }
        return result;
    }

    /** An empty IN list is invalid SQL; a key no project has matches nothing, which is the meaning. */
    private static Set<String> nonEmpty(Set<String> projects) {
        return projects.isEmpty() ? Set.of("-") : projects;
    }

    /** Level-0 items of the program not done yet: what the forecast must finish. */
    public long remaining(TenantId tenant, UUID programId, Set<String> projects) {
        return db.sql("""
                select count(*) from program_issue pi join rollup_node n on n.tenant_id = pi.tenant_id
                    and n.issue_id = pi.issue_id
                where pi.program_id = :p and pi.tenant_id = :t and not n.deleted and n.level = 0
                  and n.category <> 'done' and n.project_key in (:projects)""").param("p", programId)
                .param("t", tenant.value()).param("projects", nonEmpty(projects))
                .query(Long.class).single();
    }
}
