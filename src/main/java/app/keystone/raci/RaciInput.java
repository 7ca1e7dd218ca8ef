package app.keystone.raci;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Field checks of a PUT body; reports every invalid entry at once. */
final class RaciInput {

    static final int MAX_ENTRIES = 100;
    static final int MAX_NOTE = 500;

    private RaciInput() {
    }

    static List<Assignment> read(RaciRequest request, ScopeRef scope) {
        FieldErrors errors = new FieldErrors();
        if (request == null || request.assignments() == null) {
            errors.add("assignments", "is required");
            errors.throwIfAny();
        }
        List<RaciRequest.Entry> entries = request.assignments();
        if (entries.size() > MAX_ENTRIES) {
            errors.add("assignments", "must have at most " + MAX_ENTRIES + " entries");
            errors.throwIfAny();
        }
        List<Assignment> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "assignments[" + i + "]";
            RaciRequest.Entry e = entries.get(i);
            if (e == null) {
                errors.add(at, "must not be null");
                continue;
            }
            String accountId = InputRules.accountId(at + ".accountId", e.accountId(), errors);
            if (accountId == null) {
                errors.add(at + ".accountId", "is required");
            }
            Role role = Role.parse(e.role());
            if (role == null) {
                errors.add(at + ".role", "must be one of R, A, C, I");
            }
            String note = InputRules.text(at + ".note", e.note(), MAX_NOTE, errors);
            if (accountId != null && role != null && !seen.add(accountId + "/" + role)) {
                errors.add(at, "this person already has role " + role + " here");
            }
            result.add(new Assignment(accountId, role, note, scope));
        }
        errors.throwIfAny();
        return result;
    }
}
