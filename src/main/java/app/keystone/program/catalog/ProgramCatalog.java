package app.keystone.program.catalog;

import app.keystone.shared.IfMatch;
import app.keystone.jira.JiraSync;
import app.keystone.program.ProgramPlanChanged;
import app.keystone.program.ProgramScopeChanged;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creates, edits and deletes programs. A scope edit publishes {@link ProgramScopeChanged} inside the transaction
 * (membership is rebuilt only if the edit commits); new projects or roots also ask the jira module to read them. An
 * edit of the target date publishes {@link ProgramPlanChanged}, also inside the transaction (automation's slip rule
 * queues its triggers with the edit). A new program publishes no plan change: it has no members yet.
 */
@Service
class ProgramCatalog {

    private static final Logger log = LoggerFactory.getLogger(ProgramCatalog.class);

    private final ProgramInput input;
    private final ProgramStore store;
    private final ProgramRows rows;
    private final ProgramViews views;
    private final ApplicationEventPublisher events;
    private final JiraSync jiraSync;

    ProgramCatalog(ProgramInput input, ProgramStore store, ProgramRows rows, ProgramViews views,
                   ApplicationEventPublisher events, JiraSync jiraSync) {
        this.input = input;
        this.store = store;
        this.rows = rows;
        this.views = views;
        this.events = events;
        this.jiraSync = jiraSync;
    }

    @Transactional
    ProgramView create(TenantContext caller, NewProgram request) {
        TenantId tenant = caller.tenantId();
        ProgramState state = input.create(tenant, request, caller.accountId());
        UUID id = UUID.randomUUID();
        requireFreeName(tenant, state.name(), id);
        try {
            store.insert(tenant, id, state);
        } catch (DuplicateKeyException raced) {
            throw new ProgramNameTaken(state.name());
        }
        events.publishEvent(new ProgramScopeChanged(tenant, id, false));
        afterCommit(tenant);
        return get(tenant, id);
    }

    @Transactional(readOnly = true)
    ProgramView get(TenantId tenant, UUID id) {
        return views.view(tenant, rows.find(tenant, id, false).orElseThrow(() -> new ProgramNotFound(id)));
    }

    @Transactional(readOnly = true)
    ProgramPage list(TenantId tenant, String nameContains, PageCursor after, int limit) {
        List<ProgramRows.Listed> page = rows.page(tenant, nameContains, after, limit + 1);
        boolean more = page.size() > limit;
        List<ProgramRows.Listed> shown = more ? page.subList(0, limit) : page;
        ProgramRows.Listed last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        return new ProgramPage(views.views(tenant, shown.stream().map(ProgramRows.Listed::program).toList()),
                more ? new PageCursor(last.sortName(), last.program().id()).encode() : null);
    }

    @Transactional
    ProgramView patch(TenantId tenant, UUID id, ProgramPatch patch, IfMatch ifMatch) {
        StoredProgram current = store.lock(tenant, id).orElseThrow(() -> new ProgramNotFound(id));
        ifMatch.check(current.version(), ProgramVersionMismatch::new);
        ProgramState next = input.patch(tenant, current.state(), patch);
        requireFreeName(tenant, next.name(), id);
        try {
            store.update(tenant, id, next);
        } catch (DuplicateKeyException raced) {
            throw new ProgramNameTaken(next.name());
        }
        if (next.scopeDiffers(current.state())) {
            events.publishEvent(new ProgramScopeChanged(tenant, id, false));
        }
        if (!Objects.equals(next.targetDate(), current.state().targetDate())) {
            events.publishEvent(new ProgramPlanChanged(tenant, id, current.state().targetDate(), next.targetDate()));
        }
        if (next.scopeGrewFrom(current.state())) {
            afterCommit(tenant);
        }
        return get(tenant, id);
    }

    @Transactional
    void delete(TenantId tenant, UUID id, IfMatch ifMatch) {
        StoredProgram current = store.lock(tenant, id).orElseThrow(() -> new ProgramNotFound(id));
        ifMatch.check(current.version(), ProgramVersionMismatch::new);
        store.delete(tenant, id);
        events.publishEvent(new ProgramScopeChanged(tenant, id, true));
    }

    private void requireFreeName(TenantId tenant, String name, UUID self) {
        if (store.nameTaken(tenant, name, self)) {
            throw new ProgramNameTaken(name);
        }
    }

    /** Only once the scope is committed may the pipeline read it; a failure here must not fail the saved edit. */
    private void afterCommit(TenantId tenant) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    jiraSync.scopeGrew(tenant);
                } catch (RuntimeException e) {
                    // the edit is saved; losing this nudge only delays reading (sync ticks and reconcile keep running)
                    log.warn("Could not request a backfill for tenant {} after a scope change", tenant, e);
                }
            }
        });
    }
}
