package app.keystone.jira.rest;

import java.time.Duration;
import java.util.Optional;

/** Jira answered with an error status (or could not be reached: status 0). */
public class JiraHttpException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;
    private final java.util.List<String> jiraMessages;

    public JiraHttpException(int status, Duration retryAfter, String message) {
        this(status, retryAfter, message, java.util.List.of());
    }

    public JiraHttpException(int status, Duration retryAfter, String message, java.util.List<String> jiraMessages) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
        this.jiraMessages = java.util.List.copyOf(jiraMessages);
    }

    /** What Jira said in its error collection ({@code errorMessages}, then {@code errors} values), if anything. */
    public java.util.List<String> jiraMessages() {
        return jiraMessages;
    }

    public int status() {
        return status;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Worth trying again: rate limited, a server error, or no answer at all. */
    public boolean transientFailure() {
        return status == 0 || status == 408 || status == 429 || status >= 500;
    }
}
