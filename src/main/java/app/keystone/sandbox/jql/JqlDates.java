package app.keystone.sandbox.jql;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Date operands: absolute dates (in the searching user's zone), periods relative to now ({@code -7d},
 * {@code "4w 2d"}), date functions, and unquoted numbers, which Jira reads as epoch milliseconds.
 */
final class JqlDates {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(strict("uuuu-M-d H:mm"),
            strict("uuuu/M/d H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(strict("uuuu-M-d"), strict("uuuu/M/d"));
    private static final Map<Character, Duration> PERIOD_UNITS = Map.of('w', Duration.ofDays(7),
            'd', Duration.ofDays(1), 'h', Duration.ofHours(1), 'm', Duration.ofMinutes(1));

    private JqlDates() {
    }

    static Instant instant(JqlOperand operand, String field, JqlContext context) {
        if (operand instanceof JqlOperand.Function function) {
            return JqlFunctions.date(function, field, context);
        }
        JqlOperand.Value value = (JqlOperand.Value) operand;
        if (!value.quoted() && isLong(value.text())) {
            return Instant.ofEpochMilli(Long.parseLong(value.text()));
        }
        return parse(value.text(), field, context);
    }

    static Instant parse(String text, String field, JqlContext context) {
        String trimmed = text.trim();
        Optional<Duration> period = period(trimmed);
        if (period.isPresent()) {
            return context.clock().instant().plus(period.get());
        }
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return LocalDateTime.parse(trimmed, format).atZone(context.zone()).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(trimmed, format).atStartOfDay(context.zone()).toInstant();
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        throw new JqlException("Date value '" + text + "' for field '" + field + "' is invalid. Valid formats"
                + " include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format"
                + " e.g. '-5d', '4w 2d'.");
    }

    /** A signed period of terms like {@code 4w 2d}; the sign applies to the whole period. */
    static Optional<Duration> period(String text) {
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        Duration total = Duration.ZERO;
        boolean any = false;
        while (i < text.length()) {
            int digitsStart = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            Duration unit = i < text.length() ? PERIOD_UNITS.get(Character.toLowerCase(text.charAt(i))) : null;
            if (i == digitsStart || i - digitsStart > 9 || unit == null) {
                return Optional.empty();
            }
            total = total.plus(unit.multipliedBy(Long.parseLong(text.substring(digitsStart, i))));
            any = true;
            i++;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return any ? Optional.of(text.startsWith("-") ? total.negated() : total) : Optional.empty();
    }

    private static boolean isLong(String text) {
        String digits = text.startsWith("-") ? text.substring(1) : text;
        return !digits.isEmpty() && digits.length() <= 18 && JqlFields.isNumber(digits);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
