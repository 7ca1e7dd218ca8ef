package app.keystone.raci;

import app.keystone.jira.IssuePropertyOutbox;
import app.keystone.program.Programs;
import app.keystone.shared.TenantId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Which issues' {@code keystone.raci} property a change can alter: the scope's subtree, for a program its issues'. */
@Component
class RaciPropertyQueue {

    private final IssuePropertyOutbox outbox;
    private final Programs programs;

    RaciPropertyQueue(IssuePropertyOutbox outbox, Programs programs) {
        this.outbox = outbox;
        this.programs = programs;
    }

    void scopeChanged(TenantId tenant, ScopeRef scope) {
        if (scope.isProgram()) {
            outbox.queueSubtrees(tenant, RaciProperty.KEY, programs.members(tenant, scope.programId()));
        } else {
            issuesChanged(tenant, List.of(scope.issueId()));
        }
    }

    void everyWritten(TenantId tenant) {
        outbox.requeueWritten(tenant, RaciProperty.KEY);
    }

    void issuesChanged(TenantId tenant, List<Long> roots) {
        outbox.queueSubtrees(tenant, RaciProperty.KEY, roots);
    }
}
