package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.UUID;
import app.keystone.shared.PollingLoop;
import app.keystone.shared.TableGrowth;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rollup writer. One tenant is processed by one node at a time (a transaction-scoped advisory lock on the
 * tenant), so ancestor sums are never raced; tenants are processed in parallel across nodes. Each pass takes a
 * batch of dirty issues, applies them, flushes, and deletes the queue rows in the same transaction.
 */
@Component
class RollupWorker implements SmartLifecycle {

    private static final long LOCK_NAMESPACE = 0x4b5f524f4c4cL; // "K_ROLL"

    private final JdbcClient db;
    private final RollupStore store;
    private final ProgramRebuild rebuild;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final PollingLoop loop;
    private final BulkPacing bulk;
    /** The writer's tables, which a backfill grows with the mirror: their statistics kept in step with them. */
    private final TableGrowth growth = new TableGrowth("rollup_node", "rollup_node_date", "program_issue",
            "program_dependency");

    RollupWorker(JdbcClient db, RollupStore store, ProgramRebuild rebuild, TransactionTemplate tx,
                 @Value("${keystone.rollup.batch-size:2000}") int batchSize,
                 @Value("${keystone.rollup.poll-interval-ms:250}") long pollMillis,
                 @Value("${keystone.rollup.bulk-quiet-ms:500}") long quietMillis,
                 @Value("${keystone.rollup.bulk-max-wait-ms:2000}") long maxWaitMillis) {
        this.db = db;
        this.store = store;
        this.rebuild = rebuild;
        this.tx = tx;
        this.batchSize = batchSize;
        this.bulk = new BulkPacing(batchSize, quietMillis, maxWaitMillis);
        this.loop = new PollingLoop("rollup-writer", 1, pollMillis, this::drainOnce);
    }

    void nudge() {
        loop.nudge();
    }

    /** A search page (backfill, reconcile) marked this tenant's issues: more are about to follow. */
    void bulkMarked(TenantId tenant) {
        bulk.marked(tenant.value());
    }

    /** Processes what is queued now, on the calling thread; returns how many issues and programs it handled. */
    int drainOnce() {
        List<UUID> tenants = db.sql("""
                select tenant_id from (select distinct tenant_id from rollup_dirty
                                       union select distinct tenant_id from rollup_program_dirty) t limit 100""")
                .query(UUID.class).list();
        int handled = 0;
        for (UUID tenant : tenants) {
            if (bulk.waitForMore(tenant, () -> queued(tenant))) {
                continue;
            }
            Integer n = tx.execute(status -> pass(new TenantId(tenant)));
            handled += n == null ? 0 : n;
            if (n != null && n > 0) {
                growth.grew(db, n);
            }
            bulk.passed(tenant);
        }
        return handled;
    }

    /** How many marks the tenant has queued, counted up to a batch. */
    private int queued(UUID tenant) {
        return db.sql("select count(*) from (select 1 from rollup_dirty where tenant_id = :t limit :n) q")
                .param("t", tenant).param("n", batchSize).query(Integer.class).single();
    }

    private int pass(TenantId tenant) {
        boolean mine = db.sql("select pg_try_advisory_xact_lock(:ns, :key)")
                .param("ns", (int) LOCK_NAMESPACE).param("key", tenant.value().hashCode())
                .query(Boolean.class).single();
        if (!mine) {
            return 0;
        }
        List<Long> issues = db.sql("""
                delete from rollup_dirty where seq in (
                    select seq from rollup_dirty where tenant_id = :t order by seq limit :n)
                returning issue_id""").param("t", tenant.value()).param("n", batchSize).query(Long.class).list()
                .stream().distinct().toList();
        if (!issues.isEmpty()) {
            TenantRollup rollup = new TenantRollup(tenant, store);
            rollup.refresh(issues.stream().sorted().toList());
            rollup.flush();
        }
        List<UUID> programs = db.sql("delete from rollup_program_dirty where tenant_id = :t returning program_id")
                .param("t", tenant.value()).query(UUID.class).list();
        programs.forEach(p -> rebuild.rebuild(tenant, p));
        return issues.size() + programs.size();
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
