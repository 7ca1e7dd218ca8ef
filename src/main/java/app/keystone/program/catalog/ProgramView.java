package app.keystone.program.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A program as the API shows it. Unset fields are {@code null}, not absent, so the views get one stable shape. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ProgramView(UUID id, String name, String description, String ownerAccountId, LocalDate startDate,
                   LocalDate targetDate, List<String> projectKeys, List<RootIssue> rootIssues, Filter filter,
                   List<Milestone> milestones, StatusOverride statusOverride, Instant createdAt, Instant updatedAt,
                   long version) {

    /** {@code key} is the issue's current key in Keystone's mirror (keys change when issues move). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RootIssue(String id, String key) {
    }

    record Filter(List<String> labels, List<String> issueTypes) {
    }

    record Milestone(UUID id, String name, LocalDate date, List<String> issueKeys) {
    }

    record StatusOverride(HealthStatus status, String reason) {
    }
}
