package app.keystone.raci;

import app.keystone.shared.TenantId;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask of RACI: the effective holders of a role on a mirrored issue, inherited as
 * docs/raci.md describes (own, then the parent chain, then the programs). Delegates to the module's resolver.
 */
@Component
public class Raci {

    private final RaciResolver resolver;

    Raci(RaciResolver resolver) {
        this.resolver = resolver;
    }

    /** The issue's effective Informed; empty for an issue the mirror does not hold. */
    public Set<String> informed(TenantId tenant, long issueId) {
        return holders(tenant, issueId, Role.I);
    }

    /** The issue's effective Accountable (normally one person; more while a conflict is unresolved). */
    public Set<String> accountable(TenantId tenant, long issueId) {
        return holders(tenant, issueId, Role.A);
    }

    private Set<String> holders(TenantId tenant, long issueId, Role role) {
        Effective e = resolver.issues(tenant, java.util.List.of(issueId)).effective().get(issueId);
        return e == null ? Set.of() : e.holders(role);
    }
}
