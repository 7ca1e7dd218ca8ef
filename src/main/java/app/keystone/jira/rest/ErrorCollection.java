package app.keystone.jira.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Jira's error collection ({@code {"errorMessages": [..], "errors": {field: message}}}) read from an error body, so a
 * caller can show Jira's own words (e.g. why a JQL query is invalid). Anything else yields no messages.
 */
final class ErrorCollection {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_MESSAGES = 10;
    private static final int MAX_LENGTH = 1000;

    private ErrorCollection() {
    }

    static List<String> messages(String body) {
        List<String> messages = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return messages;
        }
        try {
            JsonNode json = JSON.readTree(body);
            json.path("errorMessages").forEach(m -> add(messages, m));
            json.path("errors").forEach(m -> add(messages, m));
        } catch (java.io.IOException | RuntimeException e) {
            // not an error collection (an HTML error page, a proxy's text): no Jira words to pass on
        }
        return messages;
    }

    private static void add(List<String> messages, JsonNode message) {
        if (message.isTextual() && !message.asText().isBlank() && messages.size() < MAX_MESSAGES) {
            String text = message.asText();
            messages.add(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
        }
    }
}
