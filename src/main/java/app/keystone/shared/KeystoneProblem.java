package app.keystone.shared;

import java.util.List;
import java.util.Objects;

/**
 * An error a caller can act on, reported as RFC 9457 problem details. {@code code} is stable: the UI
 * and API clients branch on it, so never rename one. Modules throw subclasses named as facts
 * ({@code ProgramNotFound}); the web edge renders them.
 */
public class KeystoneProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    public KeystoneProblem(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.errors = List.copyOf(errors);
    }

    public KeystoneProblem(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One invalid field of a request, named as the client sent it. */
    public record FieldError(String field, String message) {
    }
}
