package app.keystone.program.metrics;

import app.keystone.shared.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders metrics with their current value, trend and on-track judgement: one sample query per page. */
@Component
class MetricViews {

    private final SampleStore samples;
    private final Clock clock = Clock.systemUTC();

    MetricViews(SampleStore samples) {
        this.samples = samples;
    }

    List<MetricView> views(TenantId tenant, List<StoredMetric> metrics) {
        Map<java.util.UUID, SampleStore.Series> series = samples.series(tenant,
                metrics.stream().map(StoredMetric::id).toList(), MetricView.TREND_POINTS);
        LocalDate today = LocalDate.now(clock);
        return metrics.stream().map(m -> view(m, series.getOrDefault(m.id(), new SampleStore.Series()), today)).toList();
    }

    MetricView view(TenantId tenant, StoredMetric metric) {
        return views(tenant, List.of(metric)).get(0);
    }

    static OnTrack.Judgement judge(NewMetric d, SampleStore.Series s, LocalDate today) {
        return OnTrack.judge(d.direction(), d.targetValue(), d.targetDate(), point(s.first), point(s.current()), today);
    }

    private static MetricView view(StoredMetric m, SampleStore.Series s, LocalDate today) {
        NewMetric d = m.definition();
        OnTrack.Judgement j = judge(d, s, today);
        return new MetricView(m.id(), m.programId(), d.name(), d.unit(), d.direction(),
                d.targetValue() == null ? null : d.targetValue().doubleValue(), d.targetDate(), d.source(),
                s.current(), s.first, j.status(), j.reason(), j.planned(),
                s.recent.stream().map(x -> new MetricView.Point(x.at(), x.value())).toList(),
                m.lastError() == null ? null : new MetricView.LastError(m.lastError(), m.lastErrorAt()),
                m.createdAt(), m.updatedAt(), m.version());
    }

    private static OnTrack.Point point(MetricView.Sample s) {
        return s == null ? null : new OnTrack.Point(s.at(), s.value());
    }
}
