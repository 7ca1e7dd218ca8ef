package app.keystone.program.metrics;

import app.keystone.jira.JiraSearch;
import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Computes a metric's value now from its source: a JQL count from Jira (as the app, rate limited and retried by the
 * jira module), or a figure from the mirror. Throws {@link JiraSearch.JqlRejected} / {@link JiraSearch.SearchFailed}
 * when Jira refuses or fails; the caller records that as the metric's last error.
 */
@Component
class MetricSampler {

    private final JiraSearch search;
    private final MirrorMeasures mirror;

    MetricSampler(JiraSearch search, MirrorMeasures mirror) {
        this.search = search;
        this.mirror = mirror;
    }

    /** A value with, for cycle time, both statistics and how many issues they cover. */
    record Value(BigDecimal value, Map<String, Object> detail) {
    }

    Value sample(TenantId tenant, UUID programId, MetricSource source, Instant now) {
        return switch (source.type()) {
            case JQL -> new Value(BigDecimal.valueOf(search.approximateCount(tenant, source.jql())), null);
            case MIRROR -> new Value(mirror.mirror(tenant, programId, source, LocalDate.ofInstant(now, ZoneOffset.UTC)),
                    null);
            case CYCLE_TIME -> cycleTime(tenant, programId, source, now);
            case THROUGHPUT -> throughput(tenant, programId, source, now);
            case MANUAL -> throw new IllegalArgumentException("manual metrics are not sampled");
        };
    }

    private Value cycleTime(TenantId tenant, UUID programId, MetricSource source, Instant now) {
        Instant from = now.minus(source.windowDays(), ChronoUnit.DAYS);
        CycleTime.Stats stats = CycleTime.cycleTimes(mirror.finishedHistories(tenant, programId, from, now), from, now);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("medianDays", round(stats.medianDays()));
        detail.put("p85Days", round(stats.p85Days()));
        detail.put("issues", stats.issues());
        Double value = source.statistic() == MetricSource.Statistic.P85 ? stats.p85Days() : stats.medianDays();
        // no finished cycle in the window: nothing to say about cycle time, rather than a misleading 0
        return value == null ? null : new Value(round(value), detail);
    }

    private Value throughput(TenantId tenant, UUID programId, MetricSource source, Instant now) {
        Instant from = now.minus(source.windowDays(), ChronoUnit.DAYS);
        List<CycleTime.Change> changes = mirror.finishedHistories(tenant, programId, from, now);
        int done = CycleTime.finished(changes, from, now);
        BigDecimal perWeek = BigDecimal.valueOf(done * 7L).divide(BigDecimal.valueOf(source.windowDays()), 2,
                RoundingMode.HALF_UP);
        return new Value(perWeek.stripTrailingZeros(), Map.of("finished", done, "windowDays", source.windowDays()));
    }

    private static BigDecimal round(Double days) {
        return days == null ? null : BigDecimal.valueOf(days).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
