package app.keystone.raci;

import app.keystone.jira.JiraPermissions;
import app.keystone.jira.JiraUser;
import app.keystone.jira.JiraUsers;
import app.keystone.program.Programs;
import app.keystone.shared.IfMatch;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and saves one scope's RACI. A save replaces the scope's own assignments after checking the fields, the
 * rules on the effective RACI it would leave, and that Jira knows every person; then queues the
 * {@code keystone.raci} property of every issue whose inheritance it changes.
 */
@Service
class RaciBook {

    private final RaciStore store;
    private final RaciResolver resolver;
    private final MirrorChains chains;
    private final Programs programs;
    private final RaciViews views;
    private final RaciPeople people;
    private final JiraUsers users;
    private final JiraPermissions permissions;
    private final RaciPropertyQueue queue;

    RaciBook(RaciStore store, RaciResolver resolver, MirrorChains chains, Programs programs, RaciViews views,
             RaciPeople people, JiraUsers users, JiraPermissions permissions, RaciPropertyQueue queue) {
        this.store = store;
        this.resolver = resolver;
        this.chains = chains;
        this.programs = programs;
        this.views = views;
        this.people = people;
        this.users = users;
        this.permissions = permissions;
        this.queue = queue;
    }

    @Transactional(readOnly = true)
    RaciViews.ScopeRaciView get(TenantContext caller, ScopeRef scope) {
        requireVisible(caller, scope);
        return view(caller.tenantId(), scope, store.version(caller.tenantId(), scope));
    }

    @Transactional
    RaciViews.ScopeRaciView put(TenantContext caller, ScopeRef scope, RaciRequest request, IfMatch ifMatch) {
        requireVisible(caller, scope);
        long version = replace(caller.tenantId(), scope, request, ifMatch);
        return view(caller.tenantId(), scope, version);
    }

    /**
     * Replaces a scope's own assignments with the same checks as {@link #put} but without a user (the app acting,
     * e.g. for Jira Automation): the caller has found the scope. @return the new version
     */
    long replace(TenantId tenant, ScopeRef scope, RaciRequest request, IfMatch ifMatch) {
        List<Assignment> own = RaciInput.read(request, scope);
        long current = store.lock(tenant, scope);
        ifMatch.check(current, RaciVersionMismatch::new);
        if (!own.isEmpty()) {
            RaciRules.require(Effective.combine(own, inherited(tenant, scope)));
        }
        people.remember(tenant, known(tenant, own));
        long version = store.replace(tenant, scope, own);
        queue.scopeChanged(tenant, scope);
        return version;
    }

    private Effective inherited(TenantId tenant, ScopeRef scope) {
        if (scope.isProgram()) {
            return Effective.empty();
        }
        return resolver.issues(tenant, List.of(scope.issueId())).inherited()
                .getOrDefault(scope.issueId(), Effective.empty());
    }

    /** Every person of the list as Jira describes them; 400 RACI_UNKNOWN_USER naming the entries Jira does not know. */
    private List<JiraUser> known(TenantId tenant, List<Assignment> own) {
        if (own.isEmpty()) {
            return List.of();
        }
        Map<String, JiraUser> found = users.find(tenant, own.stream().map(Assignment::accountId).distinct().toList());
        List<KeystoneProblem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            if (!found.containsKey(own.get(i).accountId())) {
                unknown.add(new KeystoneProblem.FieldError("assignments[" + i + "].accountId",
                        "Jira has no user " + own.get(i).accountId()));
            }
        }
        if (!unknown.isEmpty()) {
            throw new KeystoneProblem(400, "RACI_UNKNOWN_USER", "Unknown Jira user",
                    "Some accountIds are not users of this Jira site.", unknown);
        }
        return List.copyOf(found.values());
    }

    private void requireVisible(TenantContext caller, ScopeRef scope) {
        TenantId tenant = caller.tenantId();
        if (scope.isProgram()) {
            programs.find(tenant, scope.programId()).orElseThrow(() -> new KeystoneProblem(404, "PROGRAM_NOT_FOUND",
                    "Program not found", "There is no program " + scope.id() + " on this site."));
            return;
        }
        IssueRow issue = chains.issue(tenant, scope.issueId()).orElse(null);
        if (issue == null || issue.projectId() == null
                || !permissions.browsableProjects(caller, Set.of(issue.projectId())).contains(issue.projectId())) {
            throw new KeystoneProblem(404, "RACI_ISSUE_NOT_FOUND", "Issue not found",
                    "Keystone knows no issue " + scope.id() + " that you may browse on this site.");
        }
    }

    private RaciViews.ScopeRaciView view(TenantId tenant, ScopeRef scope, long version) {
        List<Assignment> own = store.own(tenant, scope);
        Effective inherited;
        Effective effective;
        Map<Long, IssueRow> rows = Map.of();
        IssueRow self = null;
        if (scope.isProgram()) {
            inherited = Effective.empty();
            effective = resolver.program(tenant, scope.programId());
        } else {
            RaciResolver.Resolved r = resolver.issues(tenant, List.of(scope.issueId()));
            rows = r.rows();
            self = rows.get(scope.issueId());
            inherited = r.inherited().getOrDefault(scope.issueId(), Effective.empty());
            effective = r.effective().getOrDefault(scope.issueId(), Effective.empty());
        }
        List<Assignment> all = new ArrayList<>(own);
        all.addAll(inherited.all());
        RaciViews.Context ctx = views.context(tenant, all, rows,
                scope.isProgram() ? List.of(scope.programId()) : List.<UUID>of());
        Set<Role> overridden = EnumSet.noneOf(Role.class);
        own.forEach(a -> overridden.add(a.role()));
        return new RaciViews.ScopeRaciView(ctx.scope(scope), version, own.stream().map(ctx::own).toList(),
                inherited.all().stream().map(a -> ctx.sourced(a, scope, overridden.contains(a.role()))).toList(),
                ctx.effective(effective, scope), RaciGaps.of(effective, self, ctx.people()));
    }
}
