package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.ALICE;
import static app.keystone.sandbox.jql.JqlFixture.context;
import static app.keystone.sandbox.jql.JqlFixture.error;
import static app.keystone.sandbox.jql.JqlFixture.search;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Date literals, periods and functions, evaluated at 2026-03-18T10:00Z for a user at UTC+05:30. */
class JqlDatesTest {

    private static final String INVALID = "' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd"
            + " HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

    @Test
    void datesWithoutTimeAreMidnightInTheUsersZone() {
        // Midnight of the 18th in India is 18:30Z on the 17th, so PAY-3 (19:00Z) was created "today".
        assertThat(search("created >= \"2026-03-18\"")).containsExactly("PAY-4", "PAY-3");
        assertThat(search("created >= \"2026-03-18\"", context(ALICE, ZoneOffset.UTC, DayOfWeek.SUNDAY)))
                .containsExactly("PAY-4");
        assertThat(search("created >= '2026/03/11'")).containsExactly("PAY-4", "OPS-2", "OPS-1", "PAY-3");
        assertThat(search("created >= 2026-3-11")).containsExactly("PAY-4", "OPS-2", "OPS-1", "PAY-3");
    }

    @Test
    void datesWithTimeAreMinutesInTheUsersZone() {
        // 15:30 in India is 10:00Z, the moment PAY-2 was created.
        assertThat(search("created < \"2026-01-20 15:30\"")).containsExactly("PAY-1", "WEB-1");
        assertThat(search("created <= \"2026/01/20 15:30\"")).containsExactly("PAY-2", "PAY-1", "WEB-1");
        assertThat(search("created = \"2026-01-20 15:30\"")).containsExactly("PAY-2");
        assertThat(search("created != \"2026-01-20 15:30\"")).hasSize(9).doesNotContain("PAY-2");
    }

    @Test
    void equalityIsExactNotTheWholeDay() {
        assertThat(search("created = \"2026-03-01\"")).isEmpty();
        assertThat(search("created = \"2026-03-01\"", context(ALICE, ZoneOffset.UTC, DayOfWeek.SUNDAY)))
                .containsExactly("WEB-10");
    }

    @Test
    void dueDatesAreDaysInTheUsersZone() {
        assertThat(search("duedate = \"2026-03-18\"")).containsExactly("WEB-2");
        assertThat(search("due = \"2026-03-18 00:00\"")).containsExactly("WEB-2");
        assertThat(search("due != \"2026-03-18\"")).containsExactly("PAY-3", "PAY-1", "WEB-1");
        assertThat(search("due in (\"2026-03-17\", \"2026-03-31\")")).containsExactly("PAY-3", "WEB-1");
        assertThat(search("due < startOfDay()")).containsExactly("PAY-3");
        assertThat(search("due < endOfDay()")).containsExactly("PAY-3", "WEB-2");
        assertThat(search("duedate is EMPTY")).hasSize(6);
    }

    @Test
    void relativePeriodsCountFromNow() {
        assertThat(search("created > -1d")).containsExactly("PAY-4", "PAY-3");
        assertThat(search("updated > -4h")).containsExactly("PAY-4", "WEB-10");
        assertThat(search("created > -30m")).containsExactly("PAY-4");
        assertThat(search("created < -14w")).containsExactly("PAY-1");
        assertThat(search("updated >= \"-1w 2d\"")).hasSize(9).doesNotContain("WEB-3");
        assertThat(search("due <= 1d")).containsExactly("PAY-3", "WEB-2");
    }

    @Test
    void unquotedNumbersAreEpochMilliseconds() {
        long pay3Created = Instant.parse("2026-03-17T19:00:00Z").toEpochMilli();
        assertThat(search("created >= " + pay3Created)).containsExactly("PAY-4", "PAY-3");
        assertThat(search("created = " + pay3Created)).containsExactly("PAY-3");
        assertThat(error("created >= \"" + pay3Created + "\""))
                .isEqualTo("Date value '" + pay3Created + "' for field 'created" + INVALID);
    }

    @Test
    void dayFunctionsFollowTheUsersZone() {
        // WEB-1 was updated at 20:00Z on the 17th: already the 18th in India.
        assertThat(search("updated >= startOfDay()")).containsExactly("PAY-4", "WEB-10", "PAY-3", "WEB-1");
        assertThat(search("updated >= startOfDay()", context(ALICE, ZoneOffset.UTC, DayOfWeek.SUNDAY)))
                .containsExactly("PAY-4", "WEB-10");
        assertThat(search("updated >= startOfDay(-2)")).containsExactly("PAY-4", "WEB-10", "PAY-3", "PAY-2", "WEB-1");
        assertThat(search("created < now()")).hasSize(10);
        assertThat(search("created > now()")).isEmpty();
    }

    @Test
    void weekMonthAndYearFunctions() {
        assertThat(search("created >= startOfWeek()")).containsExactly("PAY-4", "PAY-3");
        assertThat(search("created >= startOfWeek(-1)")).containsExactly("PAY-4", "OPS-2", "OPS-1", "PAY-3");
        assertThat(search("created >= startOfMonth()")).containsExactly("PAY-4", "OPS-2", "OPS-1", "WEB-10", "PAY-3");
        assertThat(search("created >= startOfMonth(-1) AND created < startOfMonth()"))
                .containsExactly("WEB-3", "WEB-2");
        assertThat(search("due <= endOfWeek()")).containsExactly("PAY-3", "WEB-2");
        assertThat(search("due <= endOfMonth()")).containsExactly("PAY-3", "WEB-2", "WEB-1");
        assertThat(search("due > endOfMonth()")).containsExactly("PAY-1");
        assertThat(search("due <= endOfMonth(+1)")).hasSize(4);
        assertThat(search("created < startOfYear()")).containsExactly("PAY-1");
    }

    @Test
    void resolvedDates() {
        assertThat(search("resolved >= \"2026-03-13\"")).containsExactly("OPS-2", "PAY-2");
        assertThat(search("resolutiondate is EMPTY")).hasSize(7);
    }

    @Test
    void invalidDatesAreRefusedWithJirasFormats() {
        assertThat(error("created > \"2026-02-30\"")).isEqualTo("Date value '2026-02-30' for field 'created" + INVALID);
        assertThat(error("Due > yesterday")).isEqualTo("Date value 'yesterday' for field 'Due" + INVALID);
        assertThat(error("updated > \"-5x\"")).isEqualTo("Date value '-5x' for field 'updated" + INVALID);
    }
}
