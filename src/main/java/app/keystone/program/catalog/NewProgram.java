package app.keystone.program.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of {@code POST /api/programs}. Limits are checked by {@link ProgramInput} so every error is reported at once. */
record NewProgram(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200,
                description = "Unique per site, case-insensitively") String name,
        @Schema(maxLength = 10_000) String description,
        @Schema(description = "Jira project keys (at most 100); a program needs a project or a root issue")
        List<String> projectKeys,
        @Schema(description = "Issue keys whose descendants belong to the program in any project (at most 500); "
                + "they must already be in Keystone's copy of Jira") List<String> rootIssueKeys,
        Filter filter,
        @Schema(description = "Atlassian account id; defaults to the caller") String ownerAccountId,
        LocalDate startDate,
        LocalDate targetDate,
        List<MilestoneInput> milestones) {

    /** Narrows the program's projects (never the root issues' descendants). Empty lists mean no filter. */
    record Filter(List<String> labels, List<String> issueTypes) {
    }

    /** A milestone; {@code id} keeps an existing milestone's identity when the list is replaced by PATCH. */
    record MilestoneInput(UUID id,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
                          List<String> issueKeys) {
    }
}
