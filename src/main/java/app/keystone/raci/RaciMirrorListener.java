package app.keystone.raci;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssueDeleted;
import app.keystone.jira.IssuesChanged;
import app.keystone.jira.ProjectRemoved;
import app.keystone.program.ProgramScopeChanged;
import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps RACI in step with the mirror, inside the mirror's transaction (the queue mark commits with the change):
 * a created or re-parented issue's subtree inherits differently; a deleted issue's RACI goes and its children's
 * chain ends; a deleted program's RACI goes; a re-scoped program changes what its issues inherit.
 */
@Component
class RaciMirrorListener {

    private final RaciPropertyQueue queue;
    private final RaciStore store;

    RaciMirrorListener(RaciPropertyQueue queue, RaciStore store) {
        this.queue = queue;
        this.store = store;
    }

    @EventListener
    void issueChanged(IssueChanged e) {
        if (inheritsDifferently(e) && store.anyAssignment(e.tenant())) {
            queue.issuesChanged(e.tenant(), List.of(e.issueId()));
        }
    }

    /** A page of changes: the issues that inherit differently, queued together. */
    @EventListener
    void issuesChanged(IssuesChanged e) {
        List<Long> moved = e.changes().stream().filter(RaciMirrorListener::inheritsDifferently)
                .map(IssueChanged::issueId).toList();
        if (!moved.isEmpty() && store.anyAssignment(e.tenant())) {
            queue.issuesChanged(e.tenant(), moved);
        }
    }

    /** Created or re-parented; a move to another project can change its programs, hence what it inherits. */
    private static boolean inheritsDifferently(IssueChanged e) {
        return e.created() || !Objects.equals(e.parentId(), e.previousParentId())
                || !Objects.equals(e.projectId(), e.previousProjectId());
    }

    @EventListener
    void issueDeleted(IssueDeleted e) {
        store.deleteScope(e.tenant(), ScopeRef.issue(e.issueId()));
        queue.issuesChanged(e.tenant(), List.of(e.issueId()));
    }

    /** The project's issues left the mirror: their RACI goes; issues elsewhere under them lost their chain. */
    @EventListener
    void projectRemoved(ProjectRemoved e) {
        store.deleteIssueScopesNotMirrored(e.tenant());
        queue.everyWritten(e.tenant());
    }

    @EventListener
    void programChanged(ProgramScopeChanged e) {
        TenantId tenant = e.tenant();
        if (e.deleted()) {
            store.deleteScope(tenant, ScopeRef.program(e.programId()));
            // its membership is already gone: every issue that carries the property is re-checked
            queue.everyWritten(tenant);
        } else if (!store.own(tenant, ScopeRef.program(e.programId())).isEmpty()) {
            // membership is rebuilt by the rollup engine after this; what is queued now is written a few seconds later
            queue.scopeChanged(tenant, ScopeRef.program(e.programId()));
        }
    }
}
