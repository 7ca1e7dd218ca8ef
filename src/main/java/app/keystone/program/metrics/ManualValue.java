package app.keystone.program.metrics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Body of {@code POST .../metrics/{metricId}/samples}: a value a TPM entered for a MANUAL metric. */
record ManualValue(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The day the value held; not in the future")
        LocalDate date,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal value,
        @Schema(maxLength = 2000) String comment) {
}
