package app.keystone.program.catalog;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.program.catalog.ProgramState.StatusOverride;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Turns a create request, or a merge-patch over the current state, into a valid {@link ProgramState}, or throws
 * 400 VALIDATION_FAILED listing every invalid field. Issue keys are resolved through the mirror here.
 */
@Component
class ProgramInput {

    private final IssueKeyInput issueKeys;

    ProgramInput(IssueKeyInput issueKeys) {
        this.issueKeys = issueKeys;
    }

    ProgramState create(TenantId tenant, NewProgram in, Optional<String> caller) {
        FieldErrors errors = new FieldErrors();
        NewProgram.Filter filter = in.filter() == null ? new NewProgram.Filter(null, null) : in.filter();
        ProgramState state = new ProgramState(
                InputRules.name("name", in.name(), errors),
                InputRules.text("description", in.description(), 10_000, errors),
                InputRules.accountId(in.ownerAccountId() != null ? in.ownerAccountId() : caller.orElse(null), errors),
                in.startDate(), in.targetDate(),
                InputRules.projectKeys(orEmpty(in.projectKeys()), errors),
                issueKeys.roots(tenant, orEmpty(in.rootIssueKeys()), errors),
                InputRules.values("filter.labels", orEmpty(filter.labels()), true, errors),
                InputRules.values("filter.issueTypes", orEmpty(filter.issueTypes()), false, errors),
                issueKeys.milestones(tenant, orEmpty(in.milestones()), List.of(), errors),
                null);
        return checked(state, errors);
    }

    ProgramState patch(TenantId tenant, ProgramState now, ProgramPatch p) {
        FieldErrors errors = new FieldErrors();
        ProgramState state = new ProgramState(
                merge(p.name(), now.name(), v -> InputRules.name("name", v, errors)),
                merge(p.description(), now.description(), v -> InputRules.text("description", v, 10_000, errors)),
                merge(p.ownerAccountId(), now.ownerAccountId(), v -> InputRules.accountId(v, errors)),
                merge(p.startDate(), now.startDate(), v -> v),
                merge(p.targetDate(), now.targetDate(), v -> v),
                merge(p.projectKeys(), now.projectKeys(), v -> InputRules.projectKeys(orEmpty(v), errors)),
                merge(p.rootIssueKeys(), now.rootIssueIds(), v -> issueKeys.roots(tenant, orEmpty(v), errors)),
                merge(filterField(p, ProgramPatch.FilterPatch::labels), now.labels(),
                        v -> InputRules.values("filter.labels", orEmpty(v), true, errors)),
                merge(filterField(p, ProgramPatch.FilterPatch::issueTypes), now.issueTypes(),
                        v -> InputRules.values("filter.issueTypes", orEmpty(v), false, errors)),
                merge(p.milestones(), now.milestones(),
                        v -> issueKeys.milestones(tenant, orEmpty(v), now.milestones(), errors)),
                merge(p.statusOverride(), now.statusOverride(), v -> statusOverride(v, errors)));
        return checked(state, errors);
    }

    /** Absent ({@code null}) keeps the current value; otherwise the new value, {@code null} meaning cleared. */
    private static <T, R> R merge(Optional<T> patch, R current, Function<T, R> apply) {
        return patch == null ? current : apply.apply(patch.orElse(null));
    }

    /** {@code filter: null} clears both filters; {@code filter: {labels: [..]}} leaves issueTypes alone. */
    private static Optional<List<String>> filterField(ProgramPatch p,
            Function<ProgramPatch.FilterPatch, Optional<List<String>>> field) {
        if (p.filter() == null) {
            return null;
        }
        return p.filter().isEmpty() ? Optional.empty() : field.apply(p.filter().get());
    }

    private static StatusOverride statusOverride(ProgramPatch.StatusOverrideInput in, FieldErrors errors) {
        if (in == null) {
            return null;
        }
        if (in.status() == null) {
            errors.add("statusOverride.status", "is required (GREEN, AMBER or RED)");
        }
        String reason = InputRules.text("statusOverride.reason", in.reason(), 2000, errors);
        if (reason == null) {
            errors.add("statusOverride.reason", "is required: say why the computed health is overridden");
        }
        return new StatusOverride(in.status(), reason);
    }

    /** Rules across fields, judged on the resulting program (so a PATCH cannot leave it inconsistent). */
    private static ProgramState checked(ProgramState s, FieldErrors errors) {
        if (s.startDate() != null && s.targetDate() != null && s.startDate().isAfter(s.targetDate())) {
            errors.add("targetDate", "must be on or after startDate");
        }
        if (s.projectKeys().isEmpty() && s.rootIssueIds().isEmpty()
                && !errors.has("projectKeys") && !errors.has("rootIssueKeys")) {
            errors.add("projectKeys", "a program needs at least one project or root issue");
        }
        errors.throwIfAny();
        return s;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
