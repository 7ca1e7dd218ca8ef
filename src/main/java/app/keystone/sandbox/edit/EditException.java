package app.keystone.sandbox.edit;

import org.springframework.http.HttpStatus;

/** A change the site refuses; the shell API answers it as {@code {"error": message}} with the status. */
public class EditException extends RuntimeException {

    private final HttpStatus status;

    EditException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static EditException badRequest(String message) {
        return new EditException(HttpStatus.BAD_REQUEST, message);
    }

    static EditException notFound(String message) {
        return new EditException(HttpStatus.NOT_FOUND, message);
    }

    public HttpStatus status() {
        return status;
    }
}
