package app.keystone.sandbox.rest;

import org.springframework.http.HttpStatus;

/** Thrown by the sandbox's REST handlers; {@link RestErrors} turns it into an ErrorCollection response. */
class JiraError extends RuntimeException {

    static final String NO_ISSUE = "Issue does not exist or you do not have permission to see it.";

    private final HttpStatus status;
    private final ErrorCollection body;

    JiraError(HttpStatus status, String message) {
        this(status, ErrorCollection.of(message));
    }

    JiraError(HttpStatus status, ErrorCollection body) {
        super(body.errorMessages().isEmpty() ? body.errors().toString() : body.errorMessages().get(0));
        this.status = status;
        this.body = body;
    }

    static JiraError notFound(String message) {
        return new JiraError(HttpStatus.NOT_FOUND, message);
    }

    static JiraError forbidden(String message) {
        return new JiraError(HttpStatus.FORBIDDEN, message);
    }

    static JiraError badRequest(String message) {
        return new JiraError(HttpStatus.BAD_REQUEST, message);
    }

    HttpStatus status() {
        return status;
    }

    ErrorCollection body() {
        return body;
    }
}
