package app.keystone.sandbox.rest;

import app.keystone.sandbox.jql.JqlIssue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One issue joined with its project, type, status and parent key; what REST rendering, JQL, the editor and the
 * webhooks read.
 */
public record SiteIssue(long issueId, String key, long project, String projectKey, String projectName, long typeId,
                 String typeName, int hierarchyLevel, boolean subtask, long statusId, String statusName,
                 String categoryKey, String summary, Long parent, String parentIssueKey, String assignee,
                 String reporter, BigDecimal storyPoints, Long originalEstimate, Long remainingEstimate,
                 Long timeSpent, LocalDate startDate, LocalDate due, List<String> labelList, boolean flagged,
                 Instant created, Instant updated, Instant resolutionDate) implements JqlIssue {

    public static final String STORY_POINTS = "customfield_10016";
    public static final String START_DATE = "customfield_10015";
    public static final String FLAGGED = "customfield_10021";

    @Override
    public String id() {
        return Long.toString(issueId);
    }

    @Override
    public String projectId() {
        return Long.toString(project);
    }

    @Override
    public String issueType() {
        return typeName;
    }

    @Override
    public String status() {
        return statusName;
    }

    @Override
    public String statusCategoryKey() {
        return categoryKey;
    }

    @Override
    public Set<String> labels() {
        return new LinkedHashSet<>(labelList);
    }

    @Override
    public Optional<String> parentKey() {
        return Optional.ofNullable(parentIssueKey);
    }

    @Override
    public Optional<String> parentId() {
        return Optional.ofNullable(parent).map(String::valueOf);
    }

    @Override
    public Optional<String> assigneeAccountId() {
        return Optional.ofNullable(assignee);
    }

    @Override
    public Optional<String> reporterAccountId() {
        return Optional.ofNullable(reporter);
    }

    @Override
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    @Override
    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolutionDate);
    }

    @Override
    public Optional<Object> customField(String fieldId) {
        return switch (fieldId) {
            case STORY_POINTS -> Optional.ofNullable(storyPoints);
            case START_DATE -> Optional.ofNullable(startDate);
            case FLAGGED -> flagged ? Optional.of(List.of("Impediment")) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
