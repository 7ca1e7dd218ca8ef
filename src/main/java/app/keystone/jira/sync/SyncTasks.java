package app.keystone.jira.sync;

import app.keystone.shared.TenantId;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler tasks of the pipeline. Failures back off exponentially; dead executions are revived. */
@Configuration
class SyncTasks {

    static final String BACKFILL = "jira-backfill";
    static final String RECONCILE = "jira-reconcile";

    @Bean(BACKFILL)
    OneTimeTask<String> backfillTask(Backfill backfill, SyncScheduler sync) {
        return Tasks.oneTime(BACKFILL, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(5), 2.0))
                .execute((instance, context) -> {
                    TenantId tenant = new TenantId(UUID.fromString(instance.getData()));
                    if (!sync.installed(tenant)) {
                        return;
                    }
                    try {
                        backfill.run(tenant);
                    } catch (RuntimeException e) {
                        backfill.recordFailure(tenant, e);
                        throw e;
                    }
                });
    }

    @Bean(RECONCILE)
    OneTimeTask<String> reconcileTask(Reconcile reconcile, SyncScheduler sync) {
        return Tasks.oneTime(RECONCILE, String.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30), 2.0))
                .execute((instance, context) -> {
                    TenantId tenant = new TenantId(UUID.fromString(instance.getData()));
                    if (!sync.installed(tenant)) {
                        return;
                    }
                    try {
                        reconcile.run(tenant);
                    } catch (RuntimeException e) {
                        reconcile.recordFailure(tenant, e);
                        throw e;
                    }
                });
    }

    @Bean
    RecurringTask<Void> syncTick(SyncScheduler sync, @Value("${keystone.sync.tick:PT5S}") Duration tick) {
        return Tasks.recurring("jira-sync-tick", FixedDelay.of(tick)).execute((instance, context) -> sync.tick());
    }
}
