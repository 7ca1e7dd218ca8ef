package app.keystone.sandbox.jql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Custom-field values as the simulator stores them (Number, String, LocalDate, Instant or a Collection of
 * those). The field's type is only known from its value, so comparisons dispatch on it.
 */
final class CustomValues {

    private CustomValues() {
    }

    /** Single values of a field: collections are flattened; null and blank values count as EMPTY. */
    static List<Object> scalars(Optional<Object> raw) {
        List<Object> out = new ArrayList<>();
        raw.ifPresent(value -> collect(value, out));
        return out;
    }

    private static void collect(Object value, List<Object> out) {
        if (value instanceof Collection<?> many) {
            many.forEach(item -> collect(item, out));
        } else if (value != null && !(value instanceof CharSequence text && text.toString().isBlank())) {
            out.add(value);
        }
    }

    /** An operand read every way it might be compared: as text, as a number and as a date. */
    record Probe(String text, BigDecimal number, Instant date) {

        boolean equalTo(Object value, ZoneId zone) {
            Optional<Integer> order = compareTo(value, zone);
            if (order.isPresent()) {
                return order.get() == 0;
            }
            return text != null && String.valueOf(value).equalsIgnoreCase(text);
        }

        /** How the field value orders against this operand; empty when they are not comparable. */
        Optional<Integer> compareTo(Object value, ZoneId zone) {
            if (value instanceof Number n && number != null) {
                return Optional.of(new BigDecimal(n.toString()).compareTo(number));
            }
            Instant at = asInstant(value, zone);
            if (at != null && date != null) {
                return Optional.of(at.compareTo(date));
            }
            return Optional.empty();
        }
    }

    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Instant asInstant(Object value, ZoneId zone) {
        if (value instanceof Instant instant) {
            return instant;
        }
        return value instanceof LocalDate day ? day.atStartOfDay(zone).toInstant() : null;
    }

    /** A sort key that never mixes types: numbers, then dates, then text. */
    record SortValue(int kind, Comparable<Object> value) implements Comparable<SortValue> {
        @Override
        public int compareTo(SortValue other) {
            return kind != other.kind ? Integer.compare(kind, other.kind) : value.compareTo(other.value);
        }
    }

    /** The first value of the field as a sort key, or null when the field is EMPTY. */
    @SuppressWarnings("unchecked")
    static SortValue sortValue(Optional<Object> raw, ZoneId zone) {
        List<Object> values = scalars(raw);
        if (values.isEmpty()) {
            return null;
        }
        Object first = values.get(0);
        if (first instanceof Number n) {
            return new SortValue(0, (Comparable<Object>) (Comparable<?>) new BigDecimal(n.toString()));
        }
        Instant at = asInstant(first, zone);
        if (at != null) {
            return new SortValue(1, (Comparable<Object>) (Comparable<?>) at);
        }
        return new SortValue(2, (Comparable<Object>) (Comparable<?>) String.valueOf(first).toLowerCase(Locale.ROOT));
    }
}
