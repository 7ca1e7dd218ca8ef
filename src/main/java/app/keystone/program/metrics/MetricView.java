package app.keystone.program.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A metric as the API shows it: its definition, its current value, whether it is on track (and why), the last
 * {@link #TREND_POINTS} values for a sparkline, and the last sampling error if the latest attempt failed.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record MetricView(UUID id, UUID programId, String name, String unit, NewMetric.Direction direction,
                  Double targetValue, LocalDate targetDate, MetricSource source, Sample current, Sample first,
                  OnTrack.Status status, String statusReason, Double planned, List<Point> trend, LastError lastError,
                  Instant createdAt, Instant updatedAt, long version) {

    static final int TREND_POINTS = 30;

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Sample(UUID id, Instant at, double value, JsonNode detail, String comment, String accountId) {
    }

    record Point(Instant at, double value) {
    }

    record LastError(String message, Instant at) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Page(List<MetricView> items, String nextCursor) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SamplePage(List<Sample> items, String nextCursor) {
    }
}
