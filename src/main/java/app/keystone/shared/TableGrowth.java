package app.keystone.shared;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refreshes the planner's statistics of a module's tables while a bulk load grows them faster than autovacuum
 * looks (it analyzes after a minute at best). A backfill takes a tenant's mirror and rollups from a few rows to
 * hundreds of thousands in minutes; until the next ANALYZE PostgreSQL plans them as the few rows they were, with
 * nested loops over whole-tenant index ranges (auto_explain on the backfill bench: 200-340 ms per rollup pass for
 * statements that take a few ms on current statistics). Once the rows added since the last ANALYZE by this node
 * exceed twice what the statistics count (and a floor), the tables are analyzed: each ANALYZE at about three times
 * the rows of the one before, a handful per load (each ~0.1-0.2 s at 25k rows). Call it outside the writing
 * transaction: ANALYZE waits for another one on the same table.
 */
public final class TableGrowth {

    private static final Logger log = LoggerFactory.getLogger(TableGrowth.class);
    private static final long FLOOR = 2_000;
    /** Rows added, as a multiple of those counted, that make the statistics stale enough to refresh. */
    private static final double GROWTH = 2;

    private final List<String> tables;
    private final AtomicLong added = new AtomicLong();

    /** @param tables the module's own tables, the first the one whose row count {@link #grew} is measured in */
    public TableGrowth(String... tables) {
        this.tables = List.of(tables);
    }

    /** Counts rows added to the first table; analyzes the tables when that tripled what the statistics know. */
    public void grew(JdbcClient db, long rows) {
        long now = added.addAndGet(rows);
        if (now < FLOOR) {
            return;
        }
        double known = db.sql("select greatest(reltuples, 0) from pg_class where oid = cast(:t as regclass)")
                .param("t", tables.get(0)).query(Double.class).single();
        if (now < GROWTH * known) {
            return;
        }
        added.set(0);
        long started = System.nanoTime();
        db.sql("analyze " + String.join(", ", tables)).update();
        log.debug("analyzed {} after {} new rows ({} known) in {} ms", tables, now, (long) known,
                (System.nanoTime() - started) / 1_000_000);
    }
}
