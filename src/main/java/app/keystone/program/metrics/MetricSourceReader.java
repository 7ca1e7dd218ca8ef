package app.keystone.program.metrics;

import org.springframework.stereotype.Component;

/** The current source of a scheduled metric (it may have been edited or deleted since the list was read). */
@Component
class MetricSourceReader {

    private final MetricStore metrics;

    MetricSourceReader(MetricStore metrics) {
        this.metrics = metrics;
    }

    MetricSource source(MetricStore.Scheduled m) {
        return metrics.find(m.tenant(), m.programId(), m.metricId(), false)
                .map(s -> s.definition().source()).filter(MetricSource::sampledByKeystone).orElse(null);
    }
}
