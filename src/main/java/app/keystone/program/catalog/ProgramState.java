package app.keystone.program.catalog;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Everything a program's owner controls, validated and normalised (keys resolved to Jira ids, lists de-duplicated
 * and sorted), so create and merge-patch end in the same shape and scope changes can be compared as sets.
 */
record ProgramState(String name, String description, String ownerAccountId, LocalDate startDate,
                    LocalDate targetDate, List<String> projectKeys, List<Long> rootIssueIds, List<String> labels,
                    List<String> issueTypes, List<Milestone> milestones, StatusOverride statusOverride) {

    record Milestone(UUID id, String name, LocalDate date, List<Long> issueIds) {
    }

    record StatusOverride(HealthStatus status, String reason) {
    }

    /** Projects, roots or filters differ: membership must be rebuilt. */
    boolean scopeDiffers(ProgramState other) {
        return !projectKeys.equals(other.projectKeys) || !rootIssueIds.equals(other.rootIssueIds)
                || !labels.equals(other.labels) || !issueTypes.equals(other.issueTypes);
    }

    /** Some project or root is new compared to {@code before}: the mirror may have issues to read. */
    boolean scopeGrewFrom(ProgramState before) {
        return !new HashSet<>(before.projectKeys).containsAll(projectKeys)
                || !new HashSet<>(before.rootIssueIds).containsAll(rootIssueIds);
    }
}
