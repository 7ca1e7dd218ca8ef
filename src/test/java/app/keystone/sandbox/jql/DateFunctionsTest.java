package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact instants of the date functions: Wednesday 2026-03-18 15:30 in India (UTC+05:30). */
class DateFunctionsTest {

    private static Instant at(String function, String... args) {
        return at(DayOfWeek.SUNDAY, function, args);
    }

    private static Instant at(DayOfWeek firstDay, String function, String... args) {
        JqlContext context = JqlFixture.context(ALICE, JqlFixture.ZONE, firstDay);
        return DateFunctions.evaluate(new JqlOperand.Function(function, List.of(args)), context);
    }

    @Test
    void nowAndDays() {
        assertThat(at("now")).isEqualTo("2026-03-18T10:00:00Z");
        assertThat(at("startOfDay")).isEqualTo("2026-03-17T18:30:00Z");
        assertThat(at("endOfDay")).isEqualTo("2026-03-18T18:29:59.999Z");
        assertThat(at("STARTOFDAY", "-1")).isEqualTo("2026-03-16T18:30:00Z");
        assertThat(at("startOfDay", "+1h")).isEqualTo("2026-03-17T19:30:00Z");
        assertThat(at("endOfDay", "1")).isEqualTo("2026-03-19T18:29:59.999Z");
        assertThat(at("endOfDay", "-1h")).isEqualTo("2026-03-18T17:29:59.999Z");
    }

    @Test
    void weeksStartOnTheContextsFirstDay() {
        assertThat(at("startOfWeek")).isEqualTo("2026-03-14T18:30:00Z");
        assertThat(at("endOfWeek")).isEqualTo("2026-03-21T18:29:59.999Z");
        assertThat(at("startOfWeek", "1d")).isEqualTo("2026-03-15T18:30:00Z");
        assertThat(at(DayOfWeek.MONDAY, "startOfWeek")).isEqualTo("2026-03-15T18:30:00Z");
        assertThat(at(DayOfWeek.MONDAY, "endOfWeek", "-1")).isEqualTo("2026-03-15T18:29:59.999Z");
    }

    @Test
    void monthsAndYearsUseCalendarLengths() {
        assertThat(at("startOfMonth")).isEqualTo("2026-02-28T18:30:00Z");
        assertThat(at("endOfMonth")).isEqualTo("2026-03-31T18:29:59.999Z");
        assertThat(at("endOfMonth", "-1")).isEqualTo("2026-02-28T18:29:59.999Z");
        assertThat(at("endOfMonth", "-1M")).isEqualTo("2026-02-28T18:29:59.999Z");
        assertThat(at("startOfMonth", "+14d")).isEqualTo("2026-03-14T18:30:00Z");
        assertThat(at("startOfYear")).isEqualTo("2025-12-31T18:30:00Z");
        assertThat(at("endOfYear", "-1y")).isEqualTo("2025-12-31T18:29:59.999Z");
    }

    @Test
    void badIncrementsAndArgumentCounts() {
        assertThatThrownBy(() -> at("startOfMonth", "-1q")).isInstanceOf(JqlException.class).hasMessage(
                "Duration for function 'startOfMonth' should have the format (+/-)n(yMwdm), e.g -1M for 1 month"
                        + " earlier.");
        assertThatThrownBy(() -> at("now", "1")).hasMessage("Function 'now' expected '0' arguments but received '1'.");
        assertThatThrownBy(() -> at("endOfDay", "1", "2"))
                .hasMessage("Function 'endOfDay' expected between '0' and '1' arguments but received '2'.");
    }
}
