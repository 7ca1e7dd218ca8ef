package app.keystone.bench;

import app.keystone.support.SiteHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Freshness as a reader of the mirror experiences it: for every issue event, the time from sending it to the first
 * JDBC poll that sees the issue at that version or newer (rows only move forward in Jira time). The poll reads rows
 * mirrored since the previous poll minus a margin: mirrored_at is the applying transaction's start, and the
 * transaction commits later, so a plain "since last poll" would miss rows.
 */
final class Freshness implements Runnable {

    static final int POLL_MS = 20;
    private static final long MARGIN_MS = 5000;

    private final DataSource ds;
    private final UUID tenant;
    private final int expected;
    /** issue id → [jira updated ms, sent nanos] not yet seen. */
    private final Map<Long, List<long[]>> pending = new HashMap<>();
    private final List<Long> seenAfterNanos = new ArrayList<>();
    private volatile boolean finishing;

    Freshness(DataSource ds, UUID tenant, SiteHistory h) {
        this.ds = ds;
        this.tenant = tenant;
        this.expected = (int) h.events.stream().filter(e -> e.issueId() != 0).count();
    }

    int expected() {
        return expected;
    }

    void sent(SiteHistory.Event e, long nanos) {
        if (e.issueId() != 0) {
            synchronized (pending) {
                pending.computeIfAbsent(e.issueId(), id -> new ArrayList<>()).add(new long[] {e.updatedMillis(), nanos});
            }
        }
    }

    /** After the inbox drained: one more poll, then stop. */
    void finish() {
        finishing = true;
    }

    @Override
    public void run() {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("""
                select issue_id, jira_updated from jira_issue where tenant_id = ? and mirrored_at > ?""");
             PreparedStatement clock = c.prepareStatement("select now()")) {
            Timestamp since = new Timestamp(0);
            while (true) {
                boolean last = finishing;
                Timestamp dbNow;
                try (ResultSet rs = clock.executeQuery()) {
                    rs.next();
                    dbNow = rs.getTimestamp(1);
                }
                st.setObject(1, tenant);
                st.setTimestamp(2, since);
                try (ResultSet rs = st.executeQuery()) {
                    long now = System.nanoTime();
                    synchronized (pending) {
                        while (rs.next()) {
                            List<long[]> waiting = pending.get(rs.getLong(1));
                            long updated = rs.getTimestamp(2).getTime();
                            if (waiting != null) {
                                waiting.removeIf(w -> {
                                    if (w[0] <= updated) {
                                        seenAfterNanos.add(now - w[1]);
                                        return true;
                                    }
                                    return false;
                                });
                            }
                        }
                    }
                }
                since = new Timestamp(dbNow.getTime() - MARGIN_MS);
                if (last) {
                    return;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** p50, p95, max in ms and how many events were observed. */
    double[] percentiles() {
        long[] all;
        synchronized (pending) {
            all = seenAfterNanos.stream().mapToLong(Long::longValue).toArray();
        }
        if (all.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, 0};
        }
        Arrays.sort(all);
        return new double[] {WebhookLoadDriver.pct(all, 50), WebhookLoadDriver.pct(all, 95), WebhookLoadDriver.pct(all, 100), all.length};
    }
}
