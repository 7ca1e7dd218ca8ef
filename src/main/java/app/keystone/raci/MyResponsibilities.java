package app.keystone.raci;

import app.keystone.program.Programs;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the calling user is R/A/C/I for: the programs and issues they are assigned on, and every issue that
 * inherits them (descendants of those issues, and the programs' issues with their descendants).
 */
@Service
class MyResponsibilities {

    record Role(String role, boolean inherited, RaciViews.ScopeView fromScope) {
    }

    record Item(RaciViews.ScopeView scope, List<Role> roles, List<Programs.ProgramRef> programs) {
    }

    record Mine(String accountId, List<Item> items) {
    }

    private final RaciStore store;
    private final RaciResolver resolver;
    private final MirrorChains chains;
    private final Programs programs;
    private final ProgramItems items;
    private final RaciViews views;

    MyResponsibilities(RaciStore store, RaciResolver resolver, MirrorChains chains, Programs programs,
                       ProgramItems items, RaciViews views) {
        this.store = store;
        this.resolver = resolver;
        this.chains = chains;
        this.programs = programs;
        this.items = items;
        this.views = views;
    }

    @Transactional(readOnly = true)
    Mine of(TenantContext caller) {
        String me = caller.accountId().orElseThrow(() -> new KeystoneProblem(401, "USER_REQUIRED",
                "A signed-in user is required", "This needs a context token of a signed-in Jira user."));
        TenantId tenant = caller.tenantId();
        List<ScopeRef> scopes = store.scopesOf(tenant, me);
        Set<Long> roots = new HashSet<>();
        List<UUID> myPrograms = new ArrayList<>();
        for (ScopeRef s : scopes) {
            if (s.isProgram()) {
                myPrograms.add(s.programId());
                roots.addAll(programs.members(tenant, s.programId()));
            } else {
                roots.add(s.issueId());
            }
        }
        Set<Long> candidates = new HashSet<>(roots);
        candidates.addAll(chains.descendants(tenant, roots));
        RaciResolver.Resolved resolved = resolver.issues(tenant, candidates);
        Set<Long> mineIds = new HashSet<>();
        resolved.effective().forEach((id, e) -> {
            if (e.all().stream().anyMatch(a -> a.accountId().equals(me))) {
                mineIds.add(id);
            }
        });
        List<IssueRow> visible = items.visible(caller, resolved, mineIds);
        Set<UUID> programIds = new HashSet<>(myPrograms);
        visible.forEach(r -> programIds.addAll(resolved.programs().getOrDefault(r.id(), Set.of())));
        Map<UUID, Programs.ProgramRef> refs = programs.find(tenant, programIds);
        List<Assignment> all = new ArrayList<>();
        Map<UUID, Effective> programRaci = new java.util.HashMap<>();
        for (UUID p : myPrograms) {
            programRaci.put(p, resolver.program(tenant, p));
            all.addAll(programRaci.get(p).all());
        }
        visible.forEach(r -> all.addAll(resolved.effective().get(r.id()).all()));
        RaciViews.Context ctx = views.context(tenant, all, resolved.rows(), programIds);
        List<Item> result = new ArrayList<>();
        myPrograms.stream().filter(refs::containsKey)
                .sorted(Comparator.comparing((UUID p) -> refs.get(p).name().toLowerCase()))
                .forEach(p -> result.add(new Item(ctx.scope(ScopeRef.program(p)),
                        roles(ctx, programRaci.get(p), ScopeRef.program(p), me), List.of(refs.get(p)))));
        for (IssueRow r : visible) {
            List<Programs.ProgramRef> in = resolved.programs().getOrDefault(r.id(), Set.of()).stream()
                    .map(refs::get).filter(java.util.Objects::nonNull).toList();
            result.add(new Item(RaciViews.Context.issue(r),
                    roles(ctx, resolved.effective().get(r.id()), ScopeRef.issue(r.id()), me), in));
        }
        return new Mine(me, result);
    }

    private static List<Role> roles(RaciViews.Context ctx, Effective e, ScopeRef self, String me) {
        return e.all().stream().filter(a -> a.accountId().equals(me))
                .map(a -> new Role(a.role().name(), !a.from().equals(self), ctx.scope(a.from()))).toList();
    }
}
