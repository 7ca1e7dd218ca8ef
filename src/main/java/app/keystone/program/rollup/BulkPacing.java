package app.keystone.program.rollup;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Paces the rollup writer while a tenant's issues arrive page after page (backfill, reconcile). A pass per page
 * (100 issues) re-saves the same epics and initiatives, their date histograms and the program-wide top flags and
 * dependencies again and again: the 25k backfill bench ran 180 passes. While pages keep coming (the last one less
 * than {@code quiet} ago) the writer waits for a full batch, but never more than {@code maxWait} since its last
 * pass for the tenant, so rollups still move every few seconds and the last page is rolled up right after the
 * quiet time. Webhooks alone never mark a tenant as bulk: their freshness is unchanged. An in-memory hint of this
 * node only; what is queued is processed either way.
 */
final class BulkPacing {

    private record State(long lastBulkMark, long lastPass) {
    }

    private final int batchSize;
    private final long quietNanos;
    private final long maxWaitNanos;
    private final Map<UUID, State> tenants = new ConcurrentHashMap<>();

    BulkPacing(int batchSize, long quietMillis, long maxWaitMillis) {
        this.batchSize = batchSize;
        this.quietNanos = quietMillis * 1_000_000;
        this.maxWaitNanos = maxWaitMillis * 1_000_000;
    }

    void marked(UUID tenant) {
        long now = System.nanoTime();
        tenants.compute(tenant, (t, s) -> new State(now, s == null ? now : s.lastPass()));
    }

    void passed(UUID tenant) {
        tenants.computeIfPresent(tenant, (t, s) -> new State(s.lastBulkMark(), System.nanoTime()));
    }

    /** Whether the writer should leave the tenant for now; {@code queued} is only asked while pages keep coming. */
    boolean waitForMore(UUID tenant, IntSupplier queued) {
        State s = tenants.get(tenant);
        if (s == null) {
            return false;
        }
        long now = System.nanoTime();
        if (now - s.lastBulkMark() > quietNanos) {
            tenants.remove(tenant, s);
            return false;
        }
        return now - s.lastPass() < maxWaitNanos && queued.getAsInt() < batchSize;
    }
}
