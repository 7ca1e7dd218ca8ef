package app.keystone.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A program-shaped mirror written straight into jira_issue / jira_issue_link with COPY (the webhook path would take
 * hours for 250k issues and is measured by the webhook driver). Shape, for n issues: n/10,000 initiatives (level 2),
 * n/100 epics (1) spread over the projects (cross-project parents), 40 % stories and tasks (0; 15 % in another
 * project than their epic), the rest sub-tasks (-1, in their story's project); so each initiative has ≈10,000
 * descendants. Statuses, points, time tracking, due/start and resolution dates, and Blocks links between work items
 * (4 % of n) are drawn from a seeded Random, so every run writes the same data.
 */
final class RollupDataset {

    static final long FIRST_ID = 100_000;

    /** Project P01's numeric id; P02 is one more, and so on. */
    static final long PROJECT_ID_BASE = 10_000;

    final int size;
    final int initiatives;
    final int epics;
    final int stories;
    final List<String> projects = new ArrayList<>();
    /** Per issue index: parent index (-1 none), project index, level, key. */
    final int[] parent;
    final int[] project;
    final int[] level;
    final String[] key;
    final int links;

    RollupDataset(int size) {
        this.size = size;
        this.initiatives = Math.max(1, size / 10_000);
        this.epics = Math.max(initiatives, size / 100);
        this.stories = size * 2 / 5;
        int projectCount = Math.min(40, Math.max(4, size / 6_250));
        for (int p = 1; p <= projectCount; p++) {
            projects.add(String.format("P%02d", p));
        }
        this.links = size / 25;
        parent = new int[size];
        project = new int[size];
        level = new int[size];
        key = new String[size];
        Random r = new Random(42);
        int[] perProject = new int[projectCount];
        for (int i = 0; i < size; i++) {
            if (i < initiatives) {
                level[i] = 2;
                parent[i] = -1;
                project[i] = i % projectCount;
            } else if (i < initiatives + epics) {
                level[i] = 1;
                parent[i] = (i - initiatives) % initiatives; // round robin: every initiative gets the same share
                project[i] = r.nextInt(projectCount);
            } else if (i < initiatives + epics + stories) {
                level[i] = 0;
                parent[i] = initiatives + (i - initiatives - epics) % epics;
                project[i] = r.nextInt(100) < 85 ? project[parent[i]] : r.nextInt(projectCount);
            } else {
                level[i] = -1;
                parent[i] = initiatives + epics + (i - initiatives - epics - stories) % stories;
                project[i] = project[parent[i]];
            }
            key[i] = projects.get(project[i]) + "-" + (++perProject[project[i]]);
        }
    }

    static long id(int index) {
        return FIRST_ID + index;
    }

    /** Index of a work item (level 0) under initiative 0, the root-based program's root; {@code n} picks which. */
    int storyUnderFirstInitiative(int n) {
        int found = 0;
        for (int i = initiatives + epics; i < initiatives + epics + stories; i++) {
            if (parent[parent[i]] == 0 && found++ == n) {
                return i;
            }
        }
        throw new IllegalArgumentException("not enough stories under initiative 0");
    }

    /** Writes the issues and links for the tenant; returns the milliseconds it took. */
    long copyInto(Connection c, UUID tenant) throws SQLException, IOException {
        long start = System.nanoTime();
        Random r = new Random(7);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] types = {"Sub-task", "Story", "Epic", "Initiative"};
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy jira_issue (tenant_id, issue_id, issue_key, project_id, project_key, summary, issue_type_name,
                  hierarchy_level, parent_id, status_id, status_name, status_category, story_points, time_original,
                  time_remaining, time_spent, start_date, due_date, resolution, resolution_date, created, jira_updated)
                from stdin""");
        StringBuilder row = new StringBuilder(256);
        for (int i = 0; i < size; i++) {
            int roll = r.nextInt(100);
            // parents are mostly in progress; work items: 40 % done, 25 % in progress, 35 % to do
            String category = level[i] >= 1 ? (roll < 15 ? "done" : roll < 75 ? "indeterminate" : "new")
                    : roll < 40 ? "done" : roll < 65 ? "indeterminate" : "new";
            String type = level[i] == 0 && r.nextInt(10) < 3 ? "Task" : types[level[i] + 1];
            boolean timed = level[i] <= 0 && r.nextBoolean();
            long original = 3600L * (1 + r.nextInt(16));
            Integer points = level[i] == 0 && r.nextInt(100) < 85 ? new int[] {1, 2, 3, 5, 8, 13}[r.nextInt(6)] : null;
            LocalDate startDate = r.nextInt(2) == 0 ? today.plusDays(r.nextInt(260) - 200) : null;
            LocalDate due = r.nextInt(10) < 6 ? today.plusDays(r.nextInt(360) - 120) : null;
            boolean done = category.equals("done");
            fields(row, tenant, id(i), key[i], PROJECT_ID_BASE + project[i], projects.get(project[i]), "Issue " + key[i], type,
                    level[i], parent[i] < 0 ? null : id(parent[i]), done ? 10_001 : category.equals("new") ? 1 : 3,
                    done ? "Done" : category.equals("new") ? "To Do" : "In Progress", category, points,
                    timed ? original : null, timed ? original / 2 : null, timed ? original / 3 : null, startDate, due,
                    done ? "Done" : null, done ? now.minusMinutes(r.nextInt(70 * 24 * 60)) : null, now.minusDays(200), now);
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
        }
        in.endCopy();
        in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy jira_issue_link (tenant_id, link_id, source_id, destination_id, link_type, event_time) from stdin");
        int workStart = initiatives + epics;
        for (int l = 0; l < links; l++) {
            // between work items and sub-tasks, anywhere in the program: most dependencies cross projects
            int source = workStart + r.nextInt(size - workStart);
            int destination = workStart + r.nextInt(size - workStart);
            fields(row, tenant, 500_000L + l, id(source), id(destination), "Blocks", now);
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
        }
        in.endCopy();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** One COPY text line (values here never contain tabs, newlines or backslashes; null is \\N). */
    private static void fields(StringBuilder row, Object... values) {
        row.setLength(0);
        for (Object v : values) {
            row.append(v == null ? "\\N" : v.toString()).append('\t');
        }
        row.setCharAt(row.length() - 1, '\n');
    }
}
