package app.keystone.automation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The moment a week's digest is due: the configured ISO day and hour of that week in the site's time zone, and the
 * week's name ({@code 2026-W48}) that makes its firing key. A slot stays due for {@link #LATE_AT_MOST} only: a rule
 * switched on (or a Keystone back up) later than that sends nothing for the week that slot belongs to, so nobody
 * gets last Monday's digest on Wednesday; the next week's slot sends the next one.
 */
record DigestSlot(String week, Instant at) {

    static final Duration LATE_AT_MOST = Duration.ofDays(1);

    /** The slot due at {@code now} (this week's, or last week's while it is less than a day late), if any. */
    static Optional<DigestSlot> due(Instant now, ZoneId zone, int dayOfWeek, int hour) {
        LocalDate monday = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate weekStart : new LocalDate[] {monday, monday.minusWeeks(1)}) {
            Instant at = weekStart.plusDays(dayOfWeek - 1L).atTime(hour, 0).atZone(zone).toInstant();
            if (!now.isBefore(at) && now.isBefore(at.plus(LATE_AT_MOST))) {
                return Optional.of(new DigestSlot(week(weekStart), at));
            }
        }
        return Optional.empty();
    }

    static String week(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
