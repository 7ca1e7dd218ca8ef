package app.keystone.program.metrics;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Where a metric's values come from. Only the parameters of the chosen {@code type} may be given: {@code jql} for
 * JQL; {@code aggregate} and {@code filter} for MIRROR; {@code statistic} and {@code windowDays} for CYCLE_TIME;
 * {@code windowDays} for THROUGHPUT; nothing for MANUAL. Stored as given after validation (defaults filled in).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MetricSource(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Type type,
        @Schema(description = "JQL: the query whose issue count is sampled (as the app)", maxLength = 2000) String jql,
        @Schema(description = "MIRROR: count the matching issues, or sum the story points of matching level-0 issues")
        Aggregate aggregate,
        @Schema(description = "MIRROR: narrows the program's issues; every given condition must hold") Filter filter,
        @Schema(description = "CYCLE_TIME: which statistic is the metric's value (both are kept); default MEDIAN")
        Statistic statistic,
        @Schema(description = "CYCLE_TIME, THROUGHPUT: days looked back, 7..365; default 28") Integer windowDays) {

    enum Type { JQL, MIRROR, MANUAL, CYCLE_TIME, THROUGHPUT }

    enum Aggregate { COUNT, ESTIMATE_SUM }

    enum Statistic { MEDIAN, P85 }

    /**
     * Conditions over the program's mirrored members: any of {@code labels}, one of {@code issueTypes} (names), one
     * of {@code statusCategories} (new, indeterminate, done); {@code overdue}/{@code blocked} true keeps only such
     * issues, false only the others, absent either.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Filter(List<String> labels, List<String> issueTypes, List<String> statusCategories, Boolean overdue,
                  Boolean blocked) {
    }

    boolean sampledByKeystone() {
        return type != Type.MANUAL;
    }
}
