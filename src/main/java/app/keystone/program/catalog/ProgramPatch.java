package app.keystone.program.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Body of {@code PATCH /api/programs/{programId}}, JSON merge-patch (RFC 7396): an absent field is left alone
 * ({@code null} here), an explicit {@code null} clears it ({@code Optional.empty()}). Lists are replaced whole;
 * {@code filter} is merged field by field; {@code statusOverride} is replaced whole because a new status must come
 * with its own reason. Read through {@link MergePatchReader}, which knows which fields were sent.
 */
@Schema(description = "JSON merge-patch: absent = unchanged, null = cleared")
record ProgramPatch(
        Optional<String> name,
        Optional<String> description,
        Optional<List<String>> projectKeys,
        Optional<List<String>> rootIssueKeys,
        Optional<FilterPatch> filter,
        Optional<String> ownerAccountId,
        Optional<LocalDate> startDate,
        Optional<LocalDate> targetDate,
        Optional<List<NewProgram.MilestoneInput>> milestones,
        @Schema(description = "Overrides the computed health; null clears the override")
        Optional<StatusOverrideInput> statusOverride) {

    /** Jackson gives absent and null record components alike as {@code Optional.empty()}: drop what was not sent. */
    ProgramPatch onlySent(Set<String> sent, Set<String> sentInFilter) {
        return new ProgramPatch(sent(sent, "name", name), sent(sent, "description", description),
                sent(sent, "projectKeys", projectKeys), sent(sent, "rootIssueKeys", rootIssueKeys),
                sent(sent, "filter", filter.map(f -> new FilterPatch(sent(sentInFilter, "labels", f.labels()),
                        sent(sentInFilter, "issueTypes", f.issueTypes())))),
                sent(sent, "ownerAccountId", ownerAccountId), sent(sent, "startDate", startDate),
                sent(sent, "targetDate", targetDate), sent(sent, "milestones", milestones),
                sent(sent, "statusOverride", statusOverride));
    }

    private static <T> Optional<T> sent(Set<String> sent, String field, Optional<T> value) {
        return sent.contains(field) ? value : null;
    }

    record FilterPatch(Optional<List<String>> labels, Optional<List<String>> issueTypes) {
    }

    record StatusOverrideInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) HealthStatus status,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String reason) {
    }
}
