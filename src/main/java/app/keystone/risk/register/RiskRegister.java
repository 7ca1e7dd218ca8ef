package app.keystone.risk.register;

import app.keystone.shared.IfMatch;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, links and deletes risks. Each change writes its history (field by field), the score log and queues
 * the entity properties of the issues whose risks changed. A risk the caller may not see is "not found".
 */
@Service
class RiskRegister {

    private final RiskInput input;
    private final RiskStore store;
    private final RiskHistory history;
    private final RiskViews views;
    private final RiskProperty property;
    private final RiskVisibility visibility;
    private final JdbcClient db;
    private final RiskLevelEvents levels;

    RiskRegister(RiskInput input, RiskStore store, RiskHistory history, RiskViews views, RiskProperty property,
                 RiskVisibility visibility, JdbcClient db, RiskLevelEvents levels) {
        this.input = input;
        this.store = store;
        this.history = history;
        this.views = views;
        this.property = property;
        this.visibility = visibility;
        this.db = db;
        this.levels = levels;
    }

    @Transactional
    RiskView create(TenantContext caller, NewRisk request) {
        RiskState state = input.create(caller, request);
        return created(caller, state);
    }

    /** Stores an already valid state as a new risk (also the import's path). */
    RiskView created(TenantContext caller, RiskState state) {
        TenantId tenant = caller.tenantId();
        UUID id = UUID.randomUUID();
        String who = caller.accountId().orElse(null);
        store.insert(tenant, id, state, who);
        history.changed(tenant, id, who, null, state);
        property.changed(tenant, state.issueIds());
        levels.saved(tenant, id, null, state);
        return views.view(tenant, store.find(tenant, id, false).orElseThrow());
    }

    @Transactional(readOnly = true)
    RiskView get(TenantContext caller, UUID id) {
        return views.view(caller.tenantId(), visible(caller, id, false));
    }

    @Transactional
    RiskView patch(TenantContext caller, UUID id, RiskPatch patch, IfMatch ifMatch) {
        StoredRisk current = visible(caller, id, true);
        ifMatch.check(current.version(), RiskVersionMismatch::new);
        return replaced(caller, current, input.patch(caller, current.state(), patch));
    }

    /** Saves {@code next} over {@code current} when anything differs; the version moves only on a real change. */
    RiskView replaced(TenantContext caller, StoredRisk current, RiskState next) {
        TenantId tenant = caller.tenantId();
        if (!next.equals(current.state())) {
            store.update(tenant, current.id(), next);
            history.changed(tenant, current.id(), caller.accountId().orElse(null), current.state(), next);
            Set<Long> touched = new HashSet<>(current.state().issueIds());
            touched.addAll(next.issueIds());
            property.changed(tenant, touched);
            levels.saved(tenant, current.id(), current.state(), next);
        }
        return views.view(tenant, store.find(tenant, current.id(), false).orElseThrow());
    }

    @Transactional
    void delete(TenantContext caller, UUID id, IfMatch ifMatch) {
        StoredRisk current = visible(caller, id, true);
        ifMatch.check(current.version(), RiskVersionMismatch::new);
        store.delete(caller.tenantId(), id, current.state());
        history.add(caller.tenantId(), id, caller.accountId().orElse(null), "deleted", current.state().title(), null);
        property.changed(caller.tenantId(), current.state().issueIds());
    }

    @Transactional
    RiskView link(TenantContext caller, UUID id, long issueId, boolean linked) {
        StoredRisk current = visible(caller, id, true);
        List<Long> issues = new java.util.ArrayList<>(current.state().issueIds());
        if (linked && !issues.contains(issueId)) {
            issues.add(issueId);
        } else if (!linked) {
            issues.remove(issueId);
        }
        RiskPatch patch = new RiskPatch(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, java.util.Optional.of(issues.stream().map(String::valueOf).toList()));
        return replaced(caller, current, input.patch(caller, current.state(), patch));
    }

    @Transactional(readOnly = true)
    List<RiskHistory.Entry> history(TenantContext caller, UUID id) {
        visible(caller, id, false);
        return history.of(caller.tenantId(), id);
    }

    /** The risk, or 404 when it is not the caller's site's or touches a project the caller may not browse. */
    StoredRisk visible(TenantContext caller, UUID id, boolean lock) {
        StoredRisk risk = store.find(caller.tenantId(), id, lock).orElseThrow(() -> new RiskNotFound(id));
        Set<String> projects = projects(caller.tenantId(), risk.state());
        if (!projects.isEmpty()) {
            Set<String> hidden = visibility.hidden(caller);
            if (projects.stream().anyMatch(hidden::contains)) {
                throw new RiskNotFound(id);
            }
        }
        return risk;
    }

    private Set<String> projects(TenantId tenant, RiskState s) {
        Set<String> projects = new HashSet<>(s.projectKeys());
        if (!s.issueIds().isEmpty()) {
            projects.addAll(db.sql("""
                    select distinct project_key from jira_issue
                    where tenant_id = :t and issue_id in (:ids) and project_key is not null""")
                    .param("t", tenant.value()).param("ids", s.issueIds()).query(String.class).list());
        }
        return projects;
    }
}
