package app.keystone.sandbox.edit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Changelog items exactly as Jira Cloud writes them (wire formats §1.4, §5.3): {@code fieldId} on every item
 * except IssueParentAssociation; assignee ids in from/to plus tmp*AccountId; labels, summary and story points
 * only in fromString/toString; duedate's toString with a time suffix; Flagged as a bracketed option id.
 */
final class ChangeItems {

    static final String STORY_POINTS_FIELD = "customfield_10016";
    static final String START_DATE_FIELD = "customfield_10015";
    static final String FLAGGED_FIELD = "customfield_10021";
    static final String IMPEDIMENT_OPTION = "10019";
    static final String DONE_RESOLUTION = "10000";

    private ChangeItems() {
    }

    static ObjectNode item(String field, String fieldtype, String fieldId, String from, String fromString, String to,
                           String toString) {
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("field", field).put("fieldtype", fieldtype);
        if (fieldId != null) {
            item.put("fieldId", fieldId);
        }
        return item.put("from", from).put("fromString", fromString).put("to", to).put("toString", toString);
    }

    /** Text fields (summary): the values only in the *String keys. */
    static ObjectNode text(String field, String from, String to) {
        return item(field, "jira", field, null, from, null, to);
    }

    /** {@code field} is "Status" on create and "status" on updates, as real deliveries spell it. */
    static ObjectNode status(String field, Long fromId, String fromName, long toId, String toName) {
        return item(field, "jira", "status", fromId == null ? null : fromId.toString(), fromName,
                Long.toString(toId), toName);
    }

    static ObjectNode resolution(boolean resolved) {
        return resolved ? item("resolution", "jira", "resolution", null, null, DONE_RESOLUTION, "Done")
                : item("resolution", "jira", "resolution", DONE_RESOLUTION, "Done", null, null);
    }

    /** Re-parenting: no fieldId; from/to are parent issue ids, the strings their keys. */
    static ObjectNode parent(Long fromId, String fromKey, Long toId, String toKey) {
        return item("IssueParentAssociation", "jira", null, str(fromId), fromKey, str(toId), toKey);
    }

    static ObjectNode user(String field, String fromId, String fromName, String toId, String toName) {
        return item(field, "jira", field, fromId, fromName, toId, toName).put("tmpFromAccountId", fromId)
                .put("tmpToAccountId", toId);
    }

    static ObjectNode storyPoints(BigDecimal from, BigDecimal to) {
        return item("Story point estimate", "custom", STORY_POINTS_FIELD, null, number(from), null, number(to));
    }

    /** Time tracking in seconds: raw and rendered values are the same number. */
    static ObjectNode seconds(String fieldId, Long from, Long to) {
        return item(fieldId, "jira", fieldId, str(from), str(from), str(to), str(to));
    }

    static ObjectNode dueDate(LocalDate from, LocalDate to) {
        return item("duedate", "jira", "duedate", str(from), from == null ? null : from + " 00:00:00.0", str(to),
                to == null ? null : to + " 00:00:00.0");
    }

    static ObjectNode startDate(LocalDate from, LocalDate to) {
        return item("Start date", "custom", START_DATE_FIELD, str(from), str(from), str(to), str(to));
    }

    /** The whole label set, space-separated; an empty set is "". */
    static ObjectNode labels(List<String> from, List<String> to) {
        return item("labels", "jira", "labels", null, String.join(" ", from), null, String.join(" ", to));
    }

    static ObjectNode flagged(boolean on) {
        String option = "[" + IMPEDIMENT_OPTION + "]";
        return on ? item("Flagged", "custom", FLAGGED_FIELD, null, null, option, "Impediment")
                : item("Flagged", "custom", FLAGGED_FIELD, option, "Impediment", null, null);
    }

    static ObjectNode priority() {
        return item("priority", "jira", "priority", null, null, "3", "Medium");
    }

    /** Story points as a site renders them: "5", "2.5" (parse as decimal either way). */
    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }
}
