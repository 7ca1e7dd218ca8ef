package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When a week's digest is due, in the site's time zone, and which ISO week it belongs to. */
class DigestSlotTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dueFromTheDayAndHourInTheSiteZoneForADay() {
        // Monday 2026-11-23 09:00 in Berlin is 08:00 UTC
        assertThat(DigestSlot.due(Instant.parse("2026-11-23T07:59:59Z"), BERLIN, 1, 9)).isEmpty();
        assertThat(DigestSlot.due(Instant.parse("2026-11-23T08:00:00Z"), BERLIN, 1, 9))
                .contains(new DigestSlot("2026-W48", Instant.parse("2026-11-23T08:00:00Z")));
        assertThat(DigestSlot.due(Instant.parse("2026-11-24T07:59:59Z"), BERLIN, 1, 9)).isPresent();
        // switched on on Wednesday: Monday's digest is not sent late
        assertThat(DigestSlot.due(Instant.parse("2026-11-24T08:00:00Z"), BERLIN, 1, 9)).isEmpty();
        assertThat(DigestSlot.due(Instant.parse("2026-11-25T10:00:00Z"), BERLIN, 1, 9)).isEmpty();
    }

    @Test
    void aSundayNightSlotStaysDueIntoTheNextWeekUnderItsOwnWeek() {
        assertThat(DigestSlot.due(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC, 7, 23))
                .contains(new DigestSlot("2026-W48", Instant.parse("2026-11-29T23:00:00Z")));
    }

    @Test
    void weeksAreNamedByTheIsoWeekBasedYear() {
        assertThat(DigestSlot.due(Instant.parse("2026-12-31T09:00:00Z"), ZoneOffset.UTC, 4, 9))
                .map(DigestSlot::week).contains("2026-W53");
        assertThat(DigestSlot.due(Instant.parse("2027-01-01T09:30:00Z"), ZoneOffset.UTC, 5, 9))
                .map(DigestSlot::week).contains("2026-W53");
        assertThat(DigestSlot.due(Instant.parse("2027-01-04T09:00:00Z"), ZoneOffset.UTC, 1, 9))
                .map(DigestSlot::week).contains("2027-W01");
    }
}
