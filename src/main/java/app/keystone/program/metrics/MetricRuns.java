package app.keystone.program.metrics;

import app.keystone.jira.JiraSearch;
import app.keystone.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one sample of a metric: computes the value outside any transaction (a JQL count may wait for Jira's rate
 * limit), then stores it and clears the last error — or stores why it failed, which the views show until a later
 * sample succeeds. Used by the daily task and by {@code samples:run}.
 */
@Component
class MetricRuns {

    private static final Logger log = LoggerFactory.getLogger(MetricRuns.class);

    private final MetricSampler sampler;
    private final MetricStore metrics;
    private final SampleStore samples;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    MetricRuns(MetricSampler sampler, MetricStore metrics, SampleStore samples, TransactionTemplate tx) {
        this.sampler = sampler;
        this.metrics = metrics;
        this.samples = samples;
        this.tx = tx;
    }

    /** @return null when a sample was stored, else the reason none was (also stored as the metric's last error) */
    String run(TenantId tenant, UUID programId, UUID metricId, MetricSource source) {
        Instant now = Instant.now(clock);
        MetricSampler.Value value = null;
        String error;
        try {
            value = sampler.sample(tenant, programId, source, now);
            error = value != null ? null : "No work item of the program finished in the last " + source.windowDays()
                    + " days, so there is no cycle time to sample.";
        } catch (JiraSearch.JqlRejected e) {
            error = "Jira refused the JQL: " + e.getMessage();
        } catch (JiraSearch.SearchFailed e) {
            error = "Jira could not count the JQL: " + e.getMessage();
        }
        MetricSampler.Value sampled = value;
        String failure = error;
        tx.executeWithoutResult(status -> {
            if (metrics.find(tenant, programId, metricId, true).isEmpty()) {
                return; // deleted meanwhile
            }
            if (sampled != null) {
                samples.insert(tenant, metricId, now, sampled.value(), sampled.detail(), null, null);
            }
            metrics.lastError(tenant, metricId, failure);
        });
        if (error != null) {
            log.info("Metric {} of tenant {} not sampled: {}", metricId, tenant, error);
        }
        return error;
    }
}
