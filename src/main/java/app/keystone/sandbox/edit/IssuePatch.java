package app.keystone.sandbox.edit;

import app.keystone.sandbox.rest.SiteData;
import app.keystone.sandbox.rest.SiteIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the shell's PATCH body against the issue's current state: an absent key leaves the field alone, a null
 * clears it. Yields the columns to write and one changelog item per field whose value really changes, in a fixed
 * field order (so a payload never depends on the order of the JSON keys).
 */
final class IssuePatch {

    static final List<String> FIELDS = List.of("summary", "statusId", "parentKey", "assignee", "storyPoints",
            "originalEstimate", "remainingEstimate", "timeSpent", "startDate", "dueDate", "labels", "flagged");

    record Column(Object value, int sqlType) {
    }

    /** @param resolved true when entering the done category, false when leaving it, null otherwise */
    record Changes(List<ObjectNode> items, Map<String, Column> columns, Boolean resolved) {
    }

    private record Status(long id, String name, String categoryKey) {
    }

    private final JdbcClient db;
    private final SiteData data;

    IssuePatch(JdbcClient db, SiteData data) {
        this.db = db;
        this.data = data;
    }

    Changes read(SiteIssue before, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw EditException.badRequest("Expected a JSON object");
        }
        patch.fieldNames().forEachRemaining(name -> {
            if (!name.equals("actor") && !FIELDS.contains(name)) {
                throw EditException.badRequest("Unknown field '" + name + "'");
            }
        });
        List<ObjectNode> items = new ArrayList<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        Boolean resolved = null;
        for (String field : FIELDS) {
            if (!patch.has(field)) {
                continue;
            }
            JsonNode value = patch.get(field);
            switch (field) {
                case "summary" -> {
                    String summary = summary(value.isNull() ? null : value.asText());
                    if (!summary.equals(before.summary())) {
                        columns.put("summary", new Column(summary, Types.VARCHAR));
                        items.add(ChangeItems.text("summary", before.summary(), summary));
                    }
                }
                case "statusId" -> {
                    Status status = status(value);
                    if (status.id() != before.statusId()) {
                        columns.put("status_id", new Column(status.id(), Types.BIGINT));
                        items.add(ChangeItems.status("status", before.statusId(), before.statusName(), status.id(),
                                status.name()));
                        boolean wasDone = "done".equals(before.categoryKey());
                        boolean isDone = "done".equals(status.categoryKey());
                        if (wasDone != isDone) {
                            resolved = isDone;
                            items.add(ChangeItems.resolution(isDone));
                        }
                    }
                }
                case "parentKey" -> {
                    SiteIssue parent = value.isNull() ? null : data.issue(text(field, value))
                            .orElseThrow(() -> EditException.badRequest("Issue " + value.asText() + " does not exist"));
                    Hierarchy.check(before.hierarchyLevel(), before.project(), before.issueId(), parent, data);
                    Long to = parent == null ? null : parent.issueId();
                    if (!Objects.equals(to, before.parent())) {
                        columns.put("parent_id", new Column(to, Types.BIGINT));
                        items.add(ChangeItems.parent(before.parent(), before.parentIssueKey(), to,
                                parent == null ? null : parent.key()));
                    }
                }
                case "assignee" -> {
                    String to = value.isNull() ? null : text(field, value);
                    SiteData.User user = to == null ? null : data.user(to)
                            .orElseThrow(() -> EditException.badRequest("Unknown user '" + to + "'"));
                    if (!Objects.equals(to, before.assignee())) {
                        String fromName = before.assignee() == null ? null
                                : data.user(before.assignee()).map(SiteData.User::displayName).orElse(null);
                        columns.put("assignee", new Column(to, Types.VARCHAR));
                        items.add(ChangeItems.user("assignee", before.assignee(), fromName, to,
                                user == null ? null : user.displayName()));
                    }
                }
                case "storyPoints" -> {
                    BigDecimal to = value.isNull() ? null : points(value);
                    BigDecimal from = before.storyPoints();
                    if (from == null ? to != null : to == null || from.compareTo(to) != 0) {
                        columns.put("story_points", new Column(to, Types.NUMERIC));
                        items.add(ChangeItems.storyPoints(from, to));
                    }
                }
                case "originalEstimate" -> seconds(value, field, before.originalEstimate(), "original_estimate",
                        "timeoriginalestimate", columns, items);
                case "remainingEstimate" -> seconds(value, field, before.remainingEstimate(), "remaining_estimate",
                        "timeestimate", columns, items);
                case "timeSpent" -> seconds(value, field, before.timeSpent(), "time_spent", "timespent", columns,
                        items);
                case "startDate" -> {
                    LocalDate to = date(field, value);
                    if (!Objects.equals(to, before.startDate())) {
                        columns.put("start_date", new Column(to, Types.DATE));
                        items.add(ChangeItems.startDate(before.startDate(), to));
                    }
                }
                case "dueDate" -> {
                    LocalDate to = date(field, value);
                    if (!Objects.equals(to, before.due())) {
                        columns.put("due_date", new Column(to, Types.DATE));
                        items.add(ChangeItems.dueDate(before.due(), to));
                    }
                }
                case "labels" -> {
                    List<String> to = labels(value);
                    if (!new LinkedHashSet<>(to).equals(new LinkedHashSet<>(before.labelList()))) {
                        columns.put("labels", new Column(to.toArray(String[]::new), Types.ARRAY));
                        items.add(ChangeItems.labels(before.labelList(), to));
                    }
                }
                case "flagged" -> {
                    if (!value.isNull() && !value.isBoolean()) {
                        throw EditException.badRequest("flagged must be true, false or null");
                    }
                    boolean to = value.asBoolean(false);
                    if (to != before.flagged()) {
                        columns.put("flagged", new Column(to, Types.BOOLEAN));
                        items.add(ChangeItems.flagged(to));
                    }
                }
                default -> throw new IllegalStateException(field);
            }
        }
        return new Changes(items, columns, resolved);
    }

    static String summary(String value) {
        if (value == null || value.isBlank()) {
            throw EditException.badRequest("summary must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > 255) {
            throw EditException.badRequest("summary must be at most 255 characters");
        }
        return trimmed;
    }

    private Status status(JsonNode value) {
        long id;
        try {
            id = Long.parseLong(value.asText());
        } catch (NumberFormatException e) {
            throw EditException.badRequest("statusId must be a status id");
        }
        return db.sql("select id, name, category_key from sandbox_status where id = :id").param("id", id)
                .query(Status.class).optional()
                .orElseThrow(() -> EditException.badRequest("Unknown status " + value.asText()));
    }

    private static void seconds(JsonNode value, String field, Long from, String column, String fieldId,
                                Map<String, Column> columns, List<ObjectNode> items) {
        Long to = null;
        if (!value.isNull()) {
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
                throw EditException.badRequest(field + " must be a whole number of seconds (0 or more) or null");
            }
            to = value.asLong();
        }
        if (!Objects.equals(from, to)) {
            columns.put(column, new Column(to, Types.BIGINT));
            items.add(ChangeItems.seconds(fieldId, from, to));
        }
    }

    private static BigDecimal points(JsonNode value) {
        if (!value.isNumber() || value.decimalValue().signum() < 0
                || value.decimalValue().compareTo(new BigDecimal("999999")) > 0) {
            throw EditException.badRequest("storyPoints must be a number from 0 to 999999, or null");
        }
        return value.decimalValue();
    }

    private static LocalDate date(String field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(text(field, value));
        } catch (DateTimeParseException e) {
            throw EditException.badRequest(field + " must be a date yyyy-MM-dd or null");
        }
    }

    /** Jira labels: no spaces (a space separates labels), duplicates collapse. */
    private static List<String> labels(JsonNode value) {
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw EditException.badRequest("labels must be an array of strings or null");
        }
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode label : value) {
            String text = label.isTextual() ? label.asText() : "";
            if (text.isBlank() || text.chars().anyMatch(Character::isWhitespace) || text.length() > 255) {
                throw EditException.badRequest("A label must be a non-empty string without spaces: " + label);
            }
            labels.add(text);
        }
        return List.copyOf(labels);
    }

    private static String text(String field, JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw EditException.badRequest(field + " must be a non-empty string or null");
        }
        return value.asText();
    }
}
