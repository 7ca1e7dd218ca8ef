package app.keystone.program.metrics;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.ProgramHealthContributor;
import app.keystone.shared.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Off-track metrics as program health reasons: METRIC_OFF_TRACK (AMBER) while the target date is ahead,
 * METRIC_TARGET_MISSED (RED) once it has passed without the target reached. Two indexed queries per program read.
 */
@Component
class MetricHealth implements ProgramHealthContributor {

    private final MetricStore metrics;
    private final SampleStore samples;
    private final Clock clock = Clock.systemUTC();

    MetricHealth(MetricStore metrics, SampleStore samples) {
        this.metrics = metrics;
        this.samples = samples;
    }

    @Override
    public List<HealthReason> reasons(TenantId tenant, UUID programId) {
        List<StoredMetric> all = metrics.list(tenant, programId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<UUID, SampleStore.Series> series = samples.series(tenant, all.stream().map(StoredMetric::id).toList(), 1);
        LocalDate today = LocalDate.now(clock);
        List<HealthReason> reasons = new ArrayList<>();
        for (StoredMetric m : all) {
            OnTrack.Judgement j = MetricViews.judge(m.definition(),
                    series.getOrDefault(m.id(), new SampleStore.Series()), today);
            if (j.status() == OnTrack.Status.OFF_TRACK) {
                reasons.add(new HealthReason(j.targetMissed() ? HealthStatus.RED : HealthStatus.AMBER,
                        j.targetMissed() ? "METRIC_TARGET_MISSED" : "METRIC_OFF_TRACK",
                        "Metric '" + m.definition().name() + "': " + j.reason()));
            }
        }
        return reasons;
    }
}
