package app.keystone.program.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.metrics.CycleTime.Change;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cycle time and throughput on a hand-built status-category history. */
class CycleTimeTest {

    private static final Instant FROM = day(0);
    private static final Instant TO = day(28);

    @Test
    void cyclesRunFromTheFirstObservedStartToDoneAndResetWhenWorkGoesBack() {
        List<Change> history = List.of(
                // 1: new -> in progress on day 2 -> done on day 5: 3 days
                change(1, day(1), "new", true), change(1, day(2), "indeterminate"), change(1, day(5), "done"),
                // 2: in progress day 3, back to to-do day 4, in progress day 10, done day 16: 6 days
                change(2, day(3), "indeterminate"), change(2, day(4), "new"), change(2, day(10), "indeterminate"),
                change(2, day(16), "done"),
                // 3: done day 6 after 2 days, reopened day 8, done again day 20: the last cycle counts, 12 days
                change(3, day(4), "indeterminate"), change(3, day(6), "done"), change(3, day(8), "indeterminate"),
                change(3, day(20), "done"),
                // 4: first seen in progress (start unknown), done day 9: no cycle time, but finished
                change(4, day(1), "indeterminate", true), change(4, day(9), "done"),
                // 5: finished before the window: neither
                change(5, day(-5), "indeterminate"), change(5, day(-1), "done"),
                // 6: in progress on day 5 and still open: neither
                change(6, day(5), "indeterminate"),
                // 7: in progress day 20, done day 21 at noon: 1.5 days
                change(7, day(20), "indeterminate"), change(7, day(21).plusSeconds(43_200), "done"));

        CycleTime.Stats stats = CycleTime.cycleTimes(history, FROM, TO);
        // 1.5, 3, 6, 12
        assertThat(stats.issues()).isEqualTo(4);
        assertThat(stats.medianDays()).isEqualTo(4.5);
        // rank 0.85 * 3 = 2.55: 6 + 0.55 * (12 - 6)
        assertThat(stats.p85Days()).isCloseTo(9.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(CycleTime.finished(history, FROM, TO)).isEqualTo(5);
    }

    @Test
    void nothingFinishedMeansNoStatistics() {
        CycleTime.Stats stats = CycleTime.cycleTimes(List.of(change(1, day(2), "indeterminate")), FROM, TO);
        assertThat(stats.issues()).isZero();
        assertThat(stats.medianDays()).isNull();
        assertThat(stats.p85Days()).isNull();
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        assertThat(CycleTime.percentile(CycleTime.sorted(5), 0.85)).isEqualTo(5);
        assertThat(CycleTime.percentile(CycleTime.sorted(4, 1, 3, 2), 0.5)).isEqualTo(2.5);
        assertThat(CycleTime.percentile(CycleTime.sorted(1, 2, 3, 4, 5), 0.5)).isEqualTo(3);
        assertThat(CycleTime.percentile(CycleTime.sorted(10, 20), 0.85)).isCloseTo(18.5,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    private static Change change(long issue, Instant at, String category) {
        return change(issue, at, category, false);
    }

    private static Change change(long issue, Instant at, String category, boolean firstSeen) {
        return new Change(issue, at, category, firstSeen);
    }

    private static Instant day(int n) {
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * n);
    }
}
