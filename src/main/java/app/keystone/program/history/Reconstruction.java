package app.keystone.program.history;

import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A program's burn-up on days before Keystone took snapshots, reconstructed from today's scope: an item is in scope
 * from the (UTC) day it was created, done from the day it was resolved if it is done now (not before it was
 * created); points are those of level-0 items. PostgreSQL counts the scope per creation day and per day done, and
 * each day is a running sum of those: a 250k-issue program used to send every member's dates to Java and add them up
 * again for each of the page's 57 days (12 s and more per burn-up read, docs/benchmarks.md). Still a pass over every
 * member (~1 s for 250k), so {@link Reconstructions} remembers it.
 */
final class Reconstruction {

    private record Sums(long count, BigDecimal points) {
        Sums plus(long n, BigDecimal p) {
            return new Sums(count + n, points.add(p));
        }
    }

    private static final Sums NONE = new Sums(0, BigDecimal.ZERO);

    /** Running sums from the first day on: the entry at or before a day is that day's figure. */
    private final NavigableMap<LocalDate, Sums> scope = new TreeMap<>();
    private final NavigableMap<LocalDate, Sums> done = new TreeMap<>();
    /** Items without a creation date count on every day, as they did when each item was looked at in Java. */
    private Sums undated = NONE;

    private Reconstruction() {
    }

    static Reconstruction load(JdbcClient db, TenantId tenant, UUID programId) {
        Reconstruction r = new Reconstruction();
        Map<LocalDate, Sums> created = new TreeMap<>();
        Map<LocalDate, Sums> resolved = new TreeMap<>();
        db.sql("""
                select grouping(created_on) = 0 as by_created, created_on, done_on, count(*),
                       coalesce(sum(points) filter (where level = 0), 0)
                from (select (j.created at time zone 'UTC')::date as created_on,
                             case when n.category = 'done' and j.resolution_date is not null
                                  then (greatest(j.created, j.resolution_date) at time zone 'UTC')::date end as done_on,
                             n.level, n.points
                      from program_issue pi
                      join rollup_node n on n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id
                      join jira_issue j on j.tenant_id = n.tenant_id and j.issue_id = n.issue_id
                      where pi.program_id = :p and pi.tenant_id = :t and not n.deleted) members
                group by grouping sets ((created_on), (done_on))""")
                .param("p", programId).param("t", tenant.value())
                .query((rs, n) -> {
                    Sums sums = new Sums(rs.getLong(4), rs.getBigDecimal(5));
                    if (rs.getBoolean(1)) {
                        LocalDate day = rs.getObject(2, LocalDate.class);
                        if (day == null) {
                            r.undated = sums;
                        } else {
                            created.put(day, sums);
                        }
                    } else if (rs.getObject(3) != null) {
                        resolved.put(rs.getObject(3, LocalDate.class), sums);
                    }
                    return null;
                }).list();
        accumulate(created, r.scope);
        accumulate(resolved, r.done);
        return r;
    }

    private static void accumulate(Map<LocalDate, Sums> perDay, NavigableMap<LocalDate, Sums> running) {
        Sums sum = NONE;
        for (var e : perDay.entrySet()) {
            sum = sum.plus(e.getValue().count(), e.getValue().points());
            running.put(e.getKey(), sum);
        }
    }

    BurnupController.Day at(LocalDate day) {
        Sums inScope = upTo(scope, day).plus(undated.count(), undated.points());
        Sums isDone = upTo(done, day);
        return new BurnupController.Day(day, inScope.count(), isDone.count(), inScope.points().stripTrailingZeros(),
                isDone.points().stripTrailingZeros(), true);
    }

    private static Sums upTo(NavigableMap<LocalDate, Sums> running, LocalDate day) {
        Map.Entry<LocalDate, Sums> e = running.floorEntry(day);
        return e == null ? NONE : e.getValue();
    }
}
