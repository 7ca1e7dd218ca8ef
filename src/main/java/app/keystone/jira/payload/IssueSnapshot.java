package app.keystone.jira.payload;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The state of one Jira issue as a webhook or a REST page shows it, in the mirror's terms. {@code links} is
 * present only when the payload carried the {@code issuelinks} field (it then lists every link of the issue).
 */
public record IssueSnapshot(long issueId, String key, long projectId, String projectKey, String summary,
                            Long issueTypeId, String issueTypeName, Integer hierarchyLevel, Long parentId,
                            Long statusId, String statusName, String statusCategory, String assigneeId,
                            String reporterId, BigDecimal storyPoints, Long timeOriginal, Long timeRemaining,
                            Long timeSpent, LocalDate startDate, LocalDate dueDate, List<String> labels,
                            boolean flagged, String resolution, Instant resolutionDate, Instant created,
                            Instant updated, Optional<List<LinkSnapshot>> links) {

    public boolean done() {
        return "done".equals(statusCategory);
    }
}
