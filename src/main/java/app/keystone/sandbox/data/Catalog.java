package app.keystone.sandbox.data;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site's fixed configuration: workflow statuses and issue types. Ids follow a fresh Jira Cloud site
 * (status "In Progress" is 3, custom statuses and types start at 10000) so payloads look familiar.
 */
public final class Catalog {

    public static final long TO_DO = 10000;
    public static final long IN_PROGRESS = 3;
    public static final long IN_REVIEW = 10001;
    public static final long DONE = 10002;

    public static final long EPIC = 10000;
    public static final long STORY = 10001;
    public static final long TASK = 10002;
    public static final long BUG = 10003;
    public static final long SUBTASK = 10004;
    public static final long INITIATIVE = 10005;

    private Catalog() {
    }

    /** Idempotent, so both the demo seeder and the benchmark generator can call it. */
    public static void seed(JdbcClient db) {
        status(db, TO_DO, "To Do", "new");
        status(db, IN_PROGRESS, "In Progress", "indeterminate");
        status(db, IN_REVIEW, "In Review", "indeterminate");
        status(db, DONE, "Done", "done");
        type(db, INITIATIVE, "Initiative", 2, false);
        type(db, EPIC, "Epic", 1, false);
        type(db, STORY, "Story", 0, false);
        type(db, TASK, "Task", 0, false);
        type(db, BUG, "Bug", 0, false);
        type(db, SUBTASK, "Sub-task", -1, true);
    }

    public static boolean isDone(long statusId) {
        return statusId == DONE;
    }

    /** The issue type for a hierarchy level; level 0 picks among Story/Task/Bug by {@code variant}. */
    public static long typeForLevel(int level, int variant) {
        return switch (level) {
            case 2 -> INITIATIVE;
            case 1 -> EPIC;
            case -1 -> SUBTASK;
            default -> switch (Math.floorMod(variant, 10)) {
                case 0, 1 -> BUG;
                case 2, 3, 4 -> TASK;
                default -> STORY;
            };
        };
    }

    private static void status(JdbcClient db, long id, String name, String category) {
        db.sql("insert into sandbox_status (id, name, category_key) values (:id, :name, :cat) on conflict do nothing")
                .param("id", id).param("name", name).param("cat", category).update();
    }

    private static void type(JdbcClient db, long id, String name, int level, boolean subtask) {
        db.sql("""
                insert into sandbox_issue_type (id, name, hierarchy_level, subtask)
                values (:id, :name, :level, :subtask) on conflict do nothing""")
                .param("id", id).param("name", name).param("level", level).param("subtask", subtask).update();
    }
}
