package app.keystone.program.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.metrics.NewMetric.Direction;
import app.keystone.program.metrics.OnTrack.Point;
import app.keystone.program.metrics.OnTrack.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plan line runs from the first sample to the target at the start of the target date. */
class OnTrackTest {

    private static final LocalDate TARGET_DATE = LocalDate.parse("2026-03-01");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    // halfway in time: 2026-01-30T12:00Z (59 days from Jan 1 to Mar 1)
    private static final Instant HALFWAY = Instant.parse("2026-01-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-01-30");

    @Test
    void downIsGoodComparesWithThePlanLine() {
        Point first = new Point(START, 60);
        // the plan at halfway is 35 (from 60 to 10)
        assertThat(judge(Direction.DOWN_IS_GOOD, 10, first, new Point(HALFWAY, 35)).status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(Direction.DOWN_IS_GOOD, 10, first, new Point(HALFWAY, 30)).status()).isEqualTo(Status.ON_TRACK);
        OnTrack.Judgement behind = judge(Direction.DOWN_IS_GOOD, 10, first, new Point(HALFWAY, 36));
        assertThat(behind.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(behind.targetMissed()).isFalse();
        assertThat(behind.planned()).isEqualTo(35.0);
        assertThat(behind.reason()).contains("above the plan line (35)");
    }

    @Test
    void upIsGoodComparesWithThePlanLine() {
        Point first = new Point(START, 0);
        assertThat(judge(Direction.UP_IS_GOOD, 100, first, new Point(HALFWAY, 50)).status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(Direction.UP_IS_GOOD, 100, first, new Point(HALFWAY, 49)).status()).isEqualTo(Status.OFF_TRACK);
        assertThat(judge(Direction.UP_IS_GOOD, 100, first, new Point(HALFWAY, 49)).reason()).contains("below");
    }

    @Test
    void reachingTheTargetIsOnTrackEvenLateAndMissingItAfterTheDateIsRed() {
        Point first = new Point(START, 60);
        LocalDate after = TARGET_DATE.plusDays(1);
        Instant late = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(OnTrack.judge(Direction.DOWN_IS_GOOD, BigDecimal.TEN, TARGET_DATE, first, new Point(late, 10), after)
                .status()).isEqualTo(Status.ON_TRACK);
        OnTrack.Judgement missed = OnTrack.judge(Direction.DOWN_IS_GOOD, BigDecimal.TEN, TARGET_DATE, first,
                new Point(late, 11), after);
        assertThat(missed.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(missed.targetMissed()).isTrue();
        OnTrack.Judgement upMissed = OnTrack.judge(Direction.UP_IS_GOOD, BigDecimal.TEN, TARGET_DATE,
                new Point(START, 0), new Point(late, 9), after);
        assertThat(upMissed.targetMissed()).isTrue();
        // on the target date itself the plan demands the target
        assertThat(OnTrack.judge(Direction.UP_IS_GOOD, BigDecimal.TEN, TARGET_DATE, new Point(START, 0),
                new Point(Instant.parse("2026-03-01T10:00:00Z"), 9.99), TARGET_DATE).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aSingleSampleIsOnItsOwnPlanLineAndNoTargetOrNoDataAreNeverOffTrack() {
        Point only = new Point(HALFWAY, 42);
        assertThat(judge(Direction.DOWN_IS_GOOD, 10, only, only).status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(Direction.UP_IS_GOOD, 100, only, only).status()).isEqualTo(Status.ON_TRACK);
        assertThat(OnTrack.judge(Direction.UP_IS_GOOD, null, null, only, only, TODAY).status())
                .isEqualTo(Status.NO_TARGET);
        assertThat(OnTrack.judge(Direction.UP_IS_GOOD, BigDecimal.ONE, TARGET_DATE, null, null, TODAY).status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void aFirstSampleAlreadyBeyondTheTargetIsReached() {
        assertThat(judge(Direction.DOWN_IS_GOOD, 10, new Point(START, 5), new Point(HALFWAY, 8)).status())
                .isEqualTo(Status.ON_TRACK);
        assertThat(judge(Direction.UP_IS_GOOD, 10, new Point(START, 12), new Point(HALFWAY, 9)).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    private static OnTrack.Judgement judge(Direction direction, double target, Point first, Point current) {
        return OnTrack.judge(direction, BigDecimal.valueOf(target), TARGET_DATE, first, current, TODAY);
    }
}
