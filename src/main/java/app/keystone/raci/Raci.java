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
    private final RaciBook book;

    Raci(RaciResolver resolver, RaciBook book) {
        this.resolver = resolver;
        this.book = book;
    }

    /** One own assignment to set: role R, A, C or I, the person's Atlassian account id, an optional note. */
    public record Entry(String role, String accountId, String note) {
    }

    /**
     * Replaces the issue's own RACI as the app (no user), with the API's checks: 400 naming
     * {@code assignments[i].…}, RACI rules, unknown users. The caller holds a transaction and has found the issue.
     */
    public void replaceOwn(TenantId tenant, long issueId, java.util.List<Entry> entries) {
        RaciRequest request = new RaciRequest(entries == null ? null : entries.stream()
                .map(e -> e == null ? null : new RaciRequest.Entry(e.accountId(), e.role(), e.note())).toList());
        book.replace(tenant, ScopeRef.issue(issueId), request, app.keystone.shared.IfMatch.ANY);
    }

    /** The issue's effective Informed; empty for an issue the mirror does not hold. */
    public Set<String> informed(TenantId tenant, long issueId) {
        return holders(tenant, issueId, Role.I);
    }

    /** The issue's effective Accountable (normally one person; more while a conflict is unresolved). */
    public Set<String> accountable(TenantId tenant, long issueId) {
        return holders(tenant, issueId, Role.A);
    }

    /** The program's Informed: its own assignments (a program inherits from nothing, docs/raci.md). */
    public Set<String> programInformed(TenantId tenant, java.util.UUID programId) {
        return resolver.program(tenant, programId).holders(Role.I);
    }

    private Set<String> holders(TenantId tenant, long issueId, Role role) {
        Effective e = resolver.issues(tenant, java.util.List.of(issueId)).effective().get(issueId);
        return e == null ? Set.of() : e.holders(role);
    }
}
