package app.keystone.risk.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/risks}. Limits are checked by {@link RiskInput} so every error is reported at once. */
record NewRisk(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(maxLength = 10_000) String description,
        @Schema(description = "One of the site's categories (GET /api/settings/risk-matrix)") String category,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer probability,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "5") Integer impact,
        @Schema(minimum = "1", maximum = "5") Integer residualProbability,
        @Schema(minimum = "1", maximum = "5") Integer residualImpact,
        @Schema(description = "default OWNED") Roam roam,
        @Schema(description = "follows roam when absent") RiskStatus status,
        @Schema(description = "Atlassian account id of a user of the site; defaults to the caller") String ownerAccountId,
        @Schema(maxLength = 5000) String mitigation,
        @Schema(maxLength = 5000) String contingency,
        @Schema(maxLength = 5000) String trigger,
        LocalDate reviewDate,
        LocalDate dueDate,
        Proximity proximity,
        @Schema(description = "program ids (UUIDs) of this site") List<String> programIds,
        @Schema(description = "Jira project keys") List<String> projectKeys,
        @Schema(description = "Jira issue ids (strings, as Jira sends them)") List<String> issueIds) {
}
