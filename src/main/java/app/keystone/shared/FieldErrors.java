package app.keystone.shared;

import app.keystone.shared.KeystoneProblem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of one request, so the form can show them all after one round trip. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Whether a field (or an element of it, {@code projectKeys[3]}) is already reported. */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "["));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some fields are invalid.",
                    errors);
        }
    }
}
