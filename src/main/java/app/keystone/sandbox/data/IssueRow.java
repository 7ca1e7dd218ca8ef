package app.keystone.sandbox.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One sandbox_issue row as the seeders produce it (times in seconds, as Jira's time tracking). */
public record IssueRow(long id, String key, long projectId, long typeId, long statusId, String summary, Long parentId,
                       String assignee, String reporter, BigDecimal storyPoints, Long originalEstimate,
                       Long remainingEstimate, Long timeSpent, LocalDate startDate, LocalDate dueDate,
                       List<String> labels, boolean flagged, OffsetDateTime created, OffsetDateTime updated,
                       OffsetDateTime resolutionDate) {
}
