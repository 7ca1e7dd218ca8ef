package app.keystone.sandbox.jql;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

/**
 * {@code now()} and the {@code startOf…()}/{@code endOf…()} functions, in the searching user's zone. The
 * optional argument is an increment {@code (+/-)n(yMwdhm)}; without a unit it counts the function's own
 * period, so {@code startOfDay(-1)} is yesterday's midnight and {@code startOfWeek(1d)} is Monday.
 */
final class DateFunctions {

    private static final Map<String, ChronoUnit> PERIODS = Map.of(
            "startofday", ChronoUnit.DAYS, "endofday", ChronoUnit.DAYS,
            "startofweek", ChronoUnit.WEEKS, "endofweek", ChronoUnit.WEEKS,
            "startofmonth", ChronoUnit.MONTHS, "endofmonth", ChronoUnit.MONTHS,
            "startofyear", ChronoUnit.YEARS, "endofyear", ChronoUnit.YEARS);
    private static final Map<Character, ChronoUnit> UNITS = Map.of('y', ChronoUnit.YEARS, 'M', ChronoUnit.MONTHS,
            'w', ChronoUnit.WEEKS, 'd', ChronoUnit.DAYS, 'h', ChronoUnit.HOURS, 'm', ChronoUnit.MINUTES);

    private DateFunctions() {
    }

    private record Increment(long amount, ChronoUnit unit) {
        ZonedDateTime applyTo(ZonedDateTime time) {
            return time.plus(amount, unit);
        }
    }

    static boolean isDateFunction(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("now") || PERIODS.containsKey(lower);
    }

    static Instant evaluate(JqlOperand.Function function, JqlContext context) {
        ZonedDateTime now = ZonedDateTime.now(context.clock()).withZoneSameInstant(context.zone());
        String lower = function.name().toLowerCase(Locale.ROOT);
        if (lower.equals("now")) {
            JqlFunctions.requireArguments(function, 0, 0);
            return now.toInstant();
        }
        JqlFunctions.requireArguments(function, 0, 1);
        ChronoUnit period = PERIODS.get(lower);
        Increment increment = function.args().isEmpty() ? new Increment(0, period)
                : increment(function.args().get(0), period, function.name());
        ZonedDateTime start = startOf(now, period, context.firstDayOfWeek());
        if (!lower.startsWith("end")) {
            return increment.applyTo(start).toInstant();
        }
        // An increment of the period or more moves the whole period (endOfMonth(1) is the end of next
        // month); a smaller one moves its end (endOfWeek("+1d") is a day after the week ends).
        if (increment.unit().compareTo(period) >= 0) {
            return endOf(increment.applyTo(start), period).toInstant();
        }
        return increment.applyTo(endOf(start, period)).toInstant();
    }

    private static ZonedDateTime startOf(ZonedDateTime now, ChronoUnit period, DayOfWeek firstDayOfWeek) {
        LocalDate day = now.toLocalDate();
        switch (period) {
            case WEEKS: day = day.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)); break;
            case MONTHS: day = day.withDayOfMonth(1); break;
            case YEARS: day = day.withDayOfYear(1); break;
            default: break;
        }
        return day.atStartOfDay(now.getZone());
    }

    /** The last millisecond of the period, as Jira's endOfDay() is 23:59:59.999. */
    private static ZonedDateTime endOf(ZonedDateTime start, ChronoUnit period) {
        return start.plus(1, period).minus(1, ChronoUnit.MILLIS);
    }

    private static Increment increment(String text, ChronoUnit period, String functionName) {
        String trimmed = text.trim();
        int i = trimmed.startsWith("-") || trimmed.startsWith("+") ? 1 : 0;
        int digitsStart = i;
        while (i < trimmed.length() && Character.isDigit(trimmed.charAt(i))) {
            i++;
        }
        boolean valid = i > digitsStart && i - digitsStart <= 6 && trimmed.length() - i <= 1;
        ChronoUnit unit = i < trimmed.length() ? UNITS.get(trimmed.charAt(i)) : period;
        if (!valid || unit == null) {
            throw new JqlException("Duration for function '" + functionName + "' should have the format"
                    + " (+/-)n(yMwdm), e.g -1M for 1 month earlier.");
        }
        long amount = Long.parseLong(trimmed.substring(digitsStart, i));
        return new Increment(trimmed.startsWith("-") ? -amount : amount, unit);
    }
}
