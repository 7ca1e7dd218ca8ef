package app.keystone.program.metrics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/programs/{programId}/metrics}, and a metric's definition once validated by
 * {@link MetricInput}. A target is a value and the date it should be reached by, both or neither.
 */
record NewMetric(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                description = "Unique within the program, case-insensitively") String name,
        @Schema(maxLength = 40, example = "findings") String unit,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Direction direction,
        @Schema(description = "The value to reach; requires targetDate") BigDecimal targetValue,
        @Schema(description = "The date targetValue should be reached by; requires targetValue") LocalDate targetDate,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MetricSource source) {

    enum Direction { UP_IS_GOOD, DOWN_IS_GOOD }
}
