package app.keystone.sandbox.rest;

import java.util.List;
import java.util.Map;

/** Jira's error body for every 4xx: messages for the request as a whole, plus per-field errors. */
public record ErrorCollection(List<String> errorMessages, Map<String, String> errors) {

    public static ErrorCollection of(String message) {
        return new ErrorCollection(List.of(message), Map.of());
    }

    /** Errors about named parameters or values only, e.g. {@code {"FOO": "Unrecognized permission"}}. */
    public static ErrorCollection ofErrors(Map<String, String> errors) {
        return new ErrorCollection(List.of(), errors);
    }
}
