package app.keystone.jira;

import app.keystone.jira.sync.SyncScheduler;
import app.keystone.shared.TenantId;
import org.springframework.stereotype.Component;

/** What other modules may ask of the pipeline: read Jira again when a program's scope grew. */
@Component
public class JiraSync {

    private final SyncScheduler scheduler;

    JiraSync(SyncScheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** New projects are queued and read; projects already mirrored are kept fresh by webhooks and reconcile. */
    public void scopeGrew(TenantId tenant) {
        scheduler.requestBackfill(tenant);
    }
}
