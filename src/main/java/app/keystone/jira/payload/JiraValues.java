package app.keystone.jira.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Reads Jira's scalar values at the boundary. Ids switch between strings and numbers by location
 * (wire formats §6.1), date-times carry offsets without a colon ({@code +0530}), and custom numbers may
 * arrive as {@code 5}, {@code 5.0} or {@code "5"}: everything is normalised here.
 */
public final class JiraValues {

    // yyyy-MM-dd'T'HH:mm:ss.SSSZ as Jira sends it; the ISO form with a colon in the offset is accepted too
    private static final DateTimeFormatter JIRA_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .toFormatter();

    private JiraValues() {
    }

    /** A required id, numeric as a JSON number or a digit string. */
    public static long id(JsonNode node, String what) {
        Long id = optionalId(node);
        if (id == null) {
            throw new PayloadException(what + " is missing or not a numeric id");
        }
        return id;
    }

    public static Long optionalId(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isTextual()) {
            String text = node.asText().trim();
            if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
                return Long.parseLong(text);
            }
        }
        return null;
    }

    public static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    public static Instant dateTime(JsonNode node, String what) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant usual = jiraShape(text);
        if (usual != null) {
            return usual;
        }
        try {
            return OffsetDateTime.parse(text, JIRA_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new PayloadException(what + " is not a Jira date-time: " + abbreviate(text));
        }
    }

    /**
     * {@code 2026-11-26T10:00:00.000+0000}, the shape Jira sends every date-time in, read field by field: the
     * formatter was the costliest step of validating a webhook (three date-times per issue event, at intake and again
     * in the worker). Null for anything else, including values the formatter would adjust (a 30 February), so those
     * take the formatter's path and come out exactly as before.
     */
    static Instant jiraShape(String t) {
        if (t.length() != 28 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(23) != '+' && t.charAt(23) != '-') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int millis = digits(t, 20, 3);
        int offsetHours = digits(t, 24, 2);
        int offsetMinutes = digits(t, 26, 2);
        if ((year | month | day | hour | minute | second | millis | offsetHours | offsetMinutes) < 0 || year == 0) {
            return null; // not digits, or year 0, which the formatter's year-of-era refuses
        }
        int sign = t.charAt(23) == '-' ? -1 : 1;
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                    .toInstant(ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes));
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The non-negative number written by {@code length} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static LocalDate date(JsonNode node, String what) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            // changelog strings may carry a time suffix ("2026-02-13 00:00:00.0"); the date is the first 10 chars
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new PayloadException(what + " is not a date: " + abbreviate(text));
        }
    }

    public static Long seconds(JsonNode node) {
        return node == null || !node.isNumber() ? null : node.asLong();
    }

    public static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() && !node.asText().isBlank() ? new BigDecimal(node.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
