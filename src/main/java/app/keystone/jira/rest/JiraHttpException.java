package app.keystone.jira.rest;

import java.time.Duration;
import java.util.Optional;

/** Jira answered with an error status (or could not be reached: status 0). */
public class JiraHttpException extends RuntimeException {

    private final int status;
    private final Duration retryAfter;

    public JiraHttpException(int status, Duration retryAfter, String message) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
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
