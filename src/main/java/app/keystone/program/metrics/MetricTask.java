package app.keystone.program.metrics;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Samples every sampled metric of every installed site on a schedule ({@code keystone.metrics.schedule}, db-scheduler
 * syntax, default {@code DAILY|00:30} UTC), on one node of the cluster. Metrics run one after the other, so JQL counts
 * stay inside the tenant's Jira rate limit; one metric's failure is recorded on it and does not stop the others.
 */
@Configuration
class MetricTask {

    private static final Logger log = LoggerFactory.getLogger(MetricTask.class);

    @Bean
    RecurringTask<Void> programMetricSamples(MetricStore metrics, MetricRuns runs, MetricSourceReader sources,
                                             @Value("${keystone.metrics.schedule:DAILY|00:30}") String schedule) {
        return Tasks.recurring("program-metric-samples", Schedules.parseSchedule(schedule))
                .execute((instance, context) -> {
                    int failed = 0;
                    var all = metrics.sampled();
                    for (MetricStore.Scheduled m : all) {
                        try {
                            MetricSource source = sources.source(m);
                            if (source != null && runs.run(m.tenant(), m.programId(), m.metricId(), source) != null) {
                                failed++;
                            }
                        } catch (RuntimeException e) {
                            failed++;
                            log.warn("Sampling metric {} of tenant {} failed", m.metricId(), m.tenant(), e);
                        }
                    }
                    log.info("Sampled {} program metrics ({} without a new value)", all.size(), failed);
                });
    }
}
