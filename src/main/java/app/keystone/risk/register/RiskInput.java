package app.keystone.risk.register;

import app.keystone.jira.JiraUsers;
import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Turns a create request, or a merge-patch over the current state, into a valid {@link RiskState}, or throws 400
 * VALIDATION_FAILED listing every invalid field. Owners are checked with Jira, links with the mirror and programs.
 */
@Component
class RiskInput {

    static final int TEXT_MAX = 5000;

    private final RiskSettings settings;
    private final RiskLinks links;
    private final RiskVisibility visibility;
    private final JiraUsers users;

    RiskInput(RiskSettings settings, RiskLinks links, RiskVisibility visibility, JiraUsers users) {
        this.settings = settings;
        this.links = links;
        this.visibility = visibility;
        this.users = users;
    }

    RiskState create(TenantContext caller, NewRisk in) {
        return create(caller, in, () -> visibility.hidden(caller));
    }

    /** A risk the app itself raises (automation): no user, so no project is hidden from it. */
    RiskState createAsApp(TenantContext app, NewRisk in) {
        return create(app, in, Set::of);
    }

    private RiskState create(TenantContext caller, NewRisk in, Supplier<Set<String>> hiddenProjects) {
        TenantId tenant = caller.tenantId();
        FieldErrors errors = new FieldErrors();
        RiskMatrix matrix = settings.matrix(tenant);
        Supplier<Set<String>> hidden = memo(() -> orEmpty(in.projectKeys()).isEmpty()
                && orEmpty(in.issueIds()).isEmpty() ? Set.of() : hiddenProjects.get());
        Roam roam = RiskRules.roam(Roam.OWNED, RiskStatus.OPEN, in.roam(), in.status());
        RiskState state = new RiskState(
                title(in.title(), errors),
                InputRules.text("description", in.description(), 10_000, errors),
                category(matrix, in.category(), errors),
                required("probability", in.probability(), errors),
                required("impact", in.impact(), errors),
                optional("residualProbability", in.residualProbability(), errors),
                optional("residualImpact", in.residualImpact(), errors),
                roam, RiskRules.status(roam, in.status(), errors),
                owner(tenant, in.ownerAccountId() != null ? in.ownerAccountId() : caller.accountId().orElse(null),
                        errors),
                InputRules.text("mitigation", in.mitigation(), TEXT_MAX, errors),
                InputRules.text("contingency", in.contingency(), TEXT_MAX, errors),
                InputRules.text("trigger", in.trigger(), TEXT_MAX, errors),
                in.reviewDate(), in.dueDate(), in.proximity(),
                links.programIds(tenant, orEmpty(in.programIds()), errors),
                links.projectKeys(tenant, orEmpty(in.projectKeys()), hidden.get(), errors),
                links.issueIds(tenant, orEmpty(in.issueIds()), hidden.get(), errors));
        RiskRules.check(state, errors);
        errors.throwIfAny();
        return state;
    }

    RiskState patch(TenantContext caller, RiskState now, RiskPatch p) {
        TenantId tenant = caller.tenantId();
        FieldErrors errors = new FieldErrors();
        RiskMatrix matrix = settings.matrix(tenant);
        Supplier<Set<String>> hidden = memo(() -> visibility.hidden(caller));
        RiskStatus sentStatus = p.status() == null ? null : p.status().orElse(null);
        if (p.status() != null && p.status().isEmpty()) {
            errors.add("status", "is required (OPEN or CLOSED)");
        }
        if (p.roam() != null && p.roam().isEmpty()) {
            errors.add("roam", "is required (OWNED, ACCEPTED, MITIGATED or RESOLVED)");
        }
        Roam roam = RiskRules.roam(now.roam(), now.status(), p.roam() == null ? null : p.roam().orElse(null),
                sentStatus);
        RiskState state = new RiskState(
                merge(p.title(), now.title(), v -> title(v, errors)),
                merge(p.description(), now.description(), v -> InputRules.text("description", v, 10_000, errors)),
                merge(p.category(), now.category(), v -> category(matrix, v, errors)),
                merge(p.probability(), now.probability(), v -> required("probability", v, errors)),
                merge(p.impact(), now.impact(), v -> required("impact", v, errors)),
                merge(p.residualProbability(), now.residualProbability(),
                        v -> optional("residualProbability", v, errors)),
                merge(p.residualImpact(), now.residualImpact(), v -> optional("residualImpact", v, errors)),
                roam, RiskRules.status(roam, sentStatus, errors),
                merge(p.ownerAccountId(), now.ownerAccountId(),
                        v -> v != null && v.equals(now.ownerAccountId()) ? v : owner(tenant, v, errors)),
                merge(p.mitigation(), now.mitigation(), v -> InputRules.text("mitigation", v, TEXT_MAX, errors)),
                merge(p.contingency(), now.contingency(), v -> InputRules.text("contingency", v, TEXT_MAX, errors)),
                merge(p.trigger(), now.trigger(), v -> InputRules.text("trigger", v, TEXT_MAX, errors)),
                merge(p.reviewDate(), now.reviewDate(), v -> v),
                merge(p.dueDate(), now.dueDate(), v -> v),
                merge(p.proximity(), now.proximity(), v -> v),
                merge(p.programIds(), now.programIds(), v -> links.programIds(tenant, orEmpty(v), errors)),
                merge(p.projectKeys(), now.projectKeys(),
                        v -> links.projectKeys(tenant, orEmpty(v), hidden.get(), errors)),
                merge(p.issueIds(), now.issueIds(), v -> links.issueIds(tenant, orEmpty(v), hidden.get(), errors)));
        RiskRules.check(state, errors);
        errors.throwIfAny();
        return state;
    }

    private static String title(String raw, FieldErrors errors) {
        return InputRules.name("title", raw, errors);
    }

    private static String category(RiskMatrix matrix, String raw, FieldErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String category = matrix.category(raw.strip());
        if (category == null) {
            errors.add("category", "must be one of " + String.join(", ", matrix.categories()));
        }
        return category;
    }

    private static int required(String field, Integer value, FieldErrors errors) {
        if (value == null) {
            errors.add(field, "is required (1..5)");
            return 1;
        }
        return scale(field, value, errors);
    }

    private static Integer optional(String field, Integer value, FieldErrors errors) {
        return value == null ? null : scale(field, value, errors);
    }

    private static int scale(String field, int value, FieldErrors errors) {
        if (value < 1 || value > 5) {
            errors.add(field, "must be 1..5");
            return 1;
        }
        return value;
    }

    private String owner(TenantId tenant, String raw, FieldErrors errors) {
        String owner = InputRules.accountId(raw, errors);
        if (owner != null && !errors.has("ownerAccountId") && !users.unknown(tenant, List.of(owner)).isEmpty()) {
            errors.add("ownerAccountId", "no Jira user " + owner + " on this site");
        }
        return owner;
    }

    /** Absent ({@code null}) keeps the current value; otherwise the new value, {@code null} meaning cleared. */
    private static <T, R> R merge(Optional<T> patch, R current, Function<T, R> apply) {
        return patch == null ? current : apply.apply(patch.orElse(null));
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
