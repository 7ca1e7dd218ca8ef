package app.keystone.jira.sync;

import app.keystone.jira.payload.FieldIds;
import java.util.ArrayList;
import java.util.List;

/** The fields backfill and reconcile ask for: exactly what the mirror keeps, nothing more (Jira pages get smaller). */
final class SearchFields {

    private static final List<String> SYSTEM = List.of("summary", "issuetype", "status", "project", "parent",
            "assignee", "reporter", "labels", "duedate", "created", "updated", "resolution", "resolutiondate",
            "timeoriginalestimate", "timeestimate", "timespent", "issuelinks");

    private SearchFields() {
    }

    static List<String> of(FieldIds ids) {
        List<String> fields = new ArrayList<>(SYSTEM);
        for (String custom : new String[] {ids.storyPoints(), ids.flagged(), ids.startDate()}) {
            if (custom != null) {
                fields.add(custom);
            }
        }
        return fields;
    }
}
