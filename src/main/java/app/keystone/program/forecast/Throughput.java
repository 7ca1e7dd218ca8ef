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
 * weeks before today, oldest first — read from the sums the rollup writer maintains, not by counting members. Level 0 because stories, tasks and bugs are the unit teams finish at a pace;
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
        // maintained by the rollup writer: level-0 resolutions per day (kind 4), per project of the program
        db.sql("""
                select date_trunc('week', day)::date as week, sum(n)::int from rollup_program_date
                where program_id = :p and kind = 4 and day >= :from and day < :to and project_key in (:projects)
                group by 1""")
                .param("p", programId).param("from", from).param("to", thisWeek).param("projects", nonEmpty(projects))
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
                select coalesce(sum(n_lvl0 - n_lvl0_done), 0) from rollup_program
                where program_id = :p and project_key in (:projects)""")
                .param("p", programId).param("projects", nonEmpty(projects)).query(Long.class).single();
    }
}
