package app.keystone.program.metrics;

import app.keystone.program.metrics.NewMetric.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Whether a metric is on track. The plan is the straight line from the first sample (its time and value) to the
 * target value at the start (UTC) of the target date. Reaching the target is on track whatever the date; otherwise,
 * after the target date the target is missed (off track), and before it the current value must be on the good side
 * of the plan line at the current sample's time (at or above it when up is good, at or below when down is good).
 * Without a target a metric is never off track; without samples there is nothing to judge.
 */
final class OnTrack {

    private static final double EPSILON = 1e-9;

    private OnTrack() {
    }

    enum Status { ON_TRACK, OFF_TRACK, NO_TARGET, NO_DATA }

    record Point(Instant at, double value) {
    }

    /** {@code planned}: the plan line's value at the current sample (null when no line applies). */
    record Judgement(Status status, boolean targetMissed, Double planned, String reason) {
    }

    static Judgement judge(Direction direction, BigDecimal targetValue, LocalDate targetDate, Point first,
                           Point current, LocalDate today) {
        if (current == null) {
            return new Judgement(Status.NO_DATA, false, null, "No value yet.");
        }
        if (targetValue == null || targetDate == null) {
            return new Judgement(Status.NO_TARGET, false, null, "No target set.");
        }
        double target = targetValue.doubleValue();
        boolean upIsGood = direction == Direction.UP_IS_GOOD;
        if (better(current.value(), target, upIsGood)) {
            return new Judgement(Status.ON_TRACK, false, target, "Target " + fmt(target) + " reached.");
        }
        if (today.isAfter(targetDate)) {
            return new Judgement(Status.OFF_TRACK, true, target, "Target " + fmt(target) + " by " + targetDate
                    + " missed: the value is " + fmt(current.value()) + ".");
        }
        double planned = planned(first, target, targetDate, current.at());
        if (better(current.value(), planned, upIsGood)) {
            return new Judgement(Status.ON_TRACK, false, planned, "At " + fmt(current.value()) + ", "
                    + (upIsGood ? "at or above" : "at or below") + " the plan line (" + fmt(planned)
                    + ") towards " + fmt(target) + " by " + targetDate + ".");
        }
        return new Judgement(Status.OFF_TRACK, false, planned, "At " + fmt(current.value()) + ", "
                + (upIsGood ? "below" : "above") + " the plan line (" + fmt(planned) + ") towards " + fmt(target)
                + " by " + targetDate + ".");
    }

    /** The plan line's value at {@code at}: from the first sample to the target at the start of the target date. */
    static double planned(Point first, double target, LocalDate targetDate, Instant at) {
        Instant end = targetDate.atStartOfDay().toInstant(ZoneOffset.UTC);
        long span = end.toEpochMilli() - first.at().toEpochMilli();
        if (span <= 0) {
            return target;
        }
        double share = Math.min(1, Math.max(0, (at.toEpochMilli() - first.at().toEpochMilli()) / (double) span));
        return first.value() + (target - first.value()) * share;
    }

    private static boolean better(double value, double than, boolean upIsGood) {
        return upIsGood ? value >= than - EPSILON : value <= than + EPSILON;
    }

    static String fmt(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
