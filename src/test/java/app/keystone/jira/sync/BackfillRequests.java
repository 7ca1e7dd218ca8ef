package app.keystone.jira.sync;

import app.keystone.jira.payload.FieldIds;
import java.util.List;

/**
 * What Keystone's backfill asks Jira's search/jql for, from the backfill code itself, so a benchmark's reference
 * client pages with exactly the same JQL and fields (page size: {@code keystone.backfill.page-size}, default 100).
 */
public final class BackfillRequests {

    private BackfillRequests() {
    }

    public static String jql(String projectKey) {
        return Backfill.jql(projectKey);
    }

    public static List<String> fields(FieldIds ids) {
        return SearchFields.of(ids);
    }
}
