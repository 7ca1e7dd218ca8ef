package app.keystone.raci;

import app.keystone.program.Programs;
import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Resolves effective RACI (docs/raci.md): per role, the first scope on the issue's chain (itself, parent, …) with
 * own assignments for that role; roles nobody on the chain defines come from the programs of the first issue on
 * the chain that belongs to any. Batched: one read of chains, assignments and memberships for many issues.
 */
@Component
class RaciResolver {

    private final MirrorChains chains;
    private final RaciStore store;
    private final Programs programs;

    RaciResolver(MirrorChains chains, RaciStore store, Programs programs) {
        this.chains = chains;
        this.store = store;
        this.programs = programs;
    }

    /** The resolution of some issues: their rows (and ancestors'), what they inherit and what applies. */
    record Resolved(Map<Long, IssueRow> rows, Map<Long, Effective> inherited, Map<Long, Effective> effective,
                    Map<Long, Set<UUID>> programs) {
    }

    Resolved issues(TenantId tenant, Collection<Long> ids) {
        Map<Long, IssueRow> rows = chains.withAncestors(tenant, ids);
        Map<ScopeRef, List<Assignment>> ownIssues = store.own(tenant, ScopeRef.ISSUE,
                rows.keySet().stream().map(String::valueOf).toList());
        Map<Long, Set<UUID>> memberships = programs.programsOf(tenant, rows.keySet());
        Set<String> programIds = new HashSet<>();
        memberships.values().forEach(s -> s.forEach(p -> programIds.add(p.toString())));
        Map<ScopeRef, List<Assignment>> ownPrograms = store.own(tenant, ScopeRef.PROGRAM, programIds);
        Map<Long, Effective> inherited = new HashMap<>();
        Map<Long, Effective> effective = new HashMap<>();
        Map<Long, Set<UUID>> itemPrograms = new HashMap<>();
        for (Long id : ids) {
            List<IssueRow> chain = MirrorChains.chain(id, rows);
            if (chain.isEmpty()) {
                continue;
            }
            Set<UUID> from = chain.stream().map(r -> memberships.get(r.id())).filter(s -> s != null && !s.isEmpty())
                    .findFirst().orElse(Set.of());
            Effective up = inheritedOf(chain, ownIssues, from, ownPrograms);
            inherited.put(id, up);
            effective.put(id, Effective.combine(ownIssues.getOrDefault(ScopeRef.issue(id), List.of()), up));
            itemPrograms.put(id, from);
        }
        return new Resolved(rows, inherited, effective, itemPrograms);
    }

    Effective program(TenantId tenant, UUID programId) {
        return Effective.combine(store.own(tenant, ScopeRef.program(programId)), Effective.empty());
    }

    private static Effective inheritedOf(List<IssueRow> chain, Map<ScopeRef, List<Assignment>> ownIssues,
                                         Set<UUID> programs, Map<ScopeRef, List<Assignment>> ownPrograms) {
        Effective e = Effective.empty();
        Set<Role> open = EnumSet.allOf(Role.class);
        for (IssueRow ancestor : chain.subList(1, chain.size())) {
            List<Assignment> own = ownIssues.getOrDefault(ScopeRef.issue(ancestor.id()), List.of());
            for (Role role : EnumSet.copyOf(open)) {
                List<Assignment> held = own.stream().filter(a -> a.role() == role).toList();
                if (!held.isEmpty()) {
                    e.get(role).addAll(held);
                    open.remove(role);
                }
            }
        }
        for (Role role : open) {
            for (UUID p : programs) {
                ownPrograms.getOrDefault(ScopeRef.program(p), List.of()).stream().filter(a -> a.role() == role)
                        .forEach(e.get(role)::add);
            }
        }
        return e;
    }
}
