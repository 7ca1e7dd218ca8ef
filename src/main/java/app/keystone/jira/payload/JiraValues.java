package app.keystone.jira.payload;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
        try {
            return OffsetDateTime.parse(text, JIRA_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new PayloadException(what + " is not a Jira date-time: " + abbreviate(text));
        }
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
