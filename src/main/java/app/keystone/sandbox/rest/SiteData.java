package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.jql.JqlQuery.SeekOrder;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the sandbox tables for the REST handlers. Issue ids are numeric; anything else is looked up as a key. */
@Component
@SandboxProfile
public class SiteData {

    private static final String ISSUE_SELECT = """
            select i.id, i.key, p.id as project_id, p.key as project_key, p.name as project_name,
                   t.id as type_id, t.name as type_name, t.hierarchy_level, t.subtask,
                   s.id as status_id, s.name as status_name, s.category_key,
                   i.summary, i.parent_id, pi.key as parent_key, i.assignee, i.reporter, i.story_points,
                   i.original_estimate, i.remaining_estimate, i.time_spent, i.start_date, i.due_date, i.labels,
                   i.flagged, i.created, i.updated, i.resolution_date
            from sandbox_issue i
            join sandbox_project p on p.id = i.project_id
            join sandbox_issue_type t on t.id = i.issue_type_id
            join sandbox_status s on s.id = i.status_id
            left join sandbox_issue pi on pi.id = i.parent_id
            """;
    /** An issue key's project part and number, as IssueKeyField orders keys (see {@link #seek}). */
    private static final String KEY_PROJECT = "split_part(i.key, '-', 1) collate \"C\"";
    private static final String KEY_NUMBER = "cast(split_part(i.key, '-', 2) as bigint)";

    public record User(String accountId, String displayName, String email, String timeZone, boolean active) {
    }

    public record Project(long id, String key, String name, String lead) {
    }

    public record Link(long id, long outwardIssue, long inwardIssue) {
    }

    private final JdbcClient db;

    SiteData(JdbcClient db) {
        this.db = db;
    }

    public Optional<SiteIssue> issue(String idOrKey) {
        if (idOrKey.chars().allMatch(Character::isDigit) && !idOrKey.isEmpty() && idOrKey.length() < 19) {
            return issue(Long.parseLong(idOrKey));
        }
        // Jira resolves keys case-insensitively
        return db.sql(ISSUE_SELECT + " where upper(i.key) = upper(:key)").param("key", idOrKey)
                .query(SiteData::issueRow).optional();
    }

    public Optional<SiteIssue> issue(long id) {
        return db.sql(ISSUE_SELECT + " where i.id = :id").param("id", id).query(SiteData::issueRow).optional();
    }

    public List<SiteIssue> issues(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql(ISSUE_SELECT + " where i.id in (:ids) order by i.id").param("ids", ids)
                .query(SiteData::issueRow).list();
    }

    /**
     * Every issue of these projects (null: of all projects), for JQL evaluated in memory: approximate-count and
     * the orders search/jql cannot page by position.
     */
    List<SiteIssue> issuesIn(Collection<Long> projects) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        return db.sql(ISSUE_SELECT + (projects == null ? "" : " where i.project_id in (:projects)") + " order by i.id")
                .params(projects == null ? Map.of() : Map.of("projects", projects))
                .query(SiteData::issueRow).list();
    }

    /**
     * Up to {@code limit} issues of these projects (null: all) that come after {@code after} (null: from the
     * start) in the order, read by position so that each page costs the same however deep it is. The key order
     * compares the key's project part byte-wise ({@code collate "C"}, as Java compares strings) and then its
     * number; both expressions are those of the indexes in V4__sandbox_search_order.sql, so they must not change
     * without them.
     */
    List<SiteIssue> seek(Collection<Long> projects, SeekOrder order, PageToken after, int limit) {
        if (projects != null && projects.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (projects != null) {
            where.add("i.project_id in (:projects)");
            params.put("projects", projects);
        }
        String orderBy = switch (order) {
            case NEWEST_FIRST -> "i.id desc";
            case KEY_ASC -> KEY_PROJECT + ", " + KEY_NUMBER;
            case KEY_DESC -> KEY_PROJECT + " desc, " + KEY_NUMBER + " desc";
        };
        if (after instanceof PageToken.AfterId id && order == SeekOrder.NEWEST_FIRST) {
            where.add("i.id < :id");
            params.put("id", id.id());
        } else if (after instanceof PageToken.AfterKey key && order != SeekOrder.NEWEST_FIRST) {
            where.add("(" + KEY_PROJECT + ", " + KEY_NUMBER + ") " + (order == SeekOrder.KEY_ASC ? ">" : "<")
                    + " (cast(:project as text) collate \"C\", cast(:number as bigint))");
            params.put("project", key.project());
            params.put("number", key.number());
        } else if (after != null) {
            throw new IllegalArgumentException(after + " is no position in " + order);
        }
        params.put("limit", limit);
        return db.sql(ISSUE_SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by " + orderBy + " limit :limit")
                .params(params).query(SiteData::issueRow).list();
    }

    /** The sub-tasks of each of these issues, oldest first (one query for a whole search page). */
    Map<Long, List<SiteIssue>> subtasksOf(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return db.sql(ISSUE_SELECT + " where i.parent_id in (:ids) and t.subtask order by i.id").param("ids", parentIds)
                .query(SiteData::issueRow).stream()
                .collect(Collectors.groupingBy(SiteIssue::parent, LinkedHashMap::new, Collectors.toList()));
    }

    public List<SiteIssue> subtasks(long parentId) {
        return db.sql(ISSUE_SELECT + " where i.parent_id = :id and t.subtask order by i.id").param("id", parentId)
                .query(SiteData::issueRow).list();
    }

    /** Every child (sub-tasks, stories under an epic, epics under an initiative), oldest first. */
    public List<SiteIssue> children(long parentId) {
        return db.sql(ISSUE_SELECT + " where i.parent_id = :id order by i.id").param("id", parentId)
                .query(SiteData::issueRow).list();
    }

    public List<Link> links(long issueId) {
        return db.sql("""
                select id, outward_issue, inward_issue from sandbox_issue_link
                where outward_issue = :id or inward_issue = :id order by id""")
                .param("id", issueId).query(Link.class).list();
    }

    /** The links of each of these issues (a link between two of them is listed for both), in link id order. */
    Map<Long, List<Link>> linksOf(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Link>> byIssue = new HashMap<>();
        db.sql("""
                select id, outward_issue, inward_issue from sandbox_issue_link
                where outward_issue in (:ids) or inward_issue in (:ids) order by id""")
                .param("ids", issueIds).query(Link.class).list().forEach(l -> {
                    byIssue.computeIfAbsent(l.outwardIssue(), k -> new ArrayList<>()).add(l);
                    if (l.inwardIssue() != l.outwardIssue()) {
                        byIssue.computeIfAbsent(l.inwardIssue(), k -> new ArrayList<>()).add(l);
                    }
                });
        return byIssue;
    }

    public Optional<User> user(String accountId) {
        return users(List.of(accountId)).stream().findFirst();
    }

    public List<User> users(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                select account_id, display_name, email, time_zone, active from sandbox_user
                where account_id in (:ids) order by display_name, account_id""")
                .param("ids", accountIds).query(User.class).list();
    }

    List<User> activeUsers() {
        return db.sql("""
                select account_id, display_name, email, time_zone, active from sandbox_user
                where active order by display_name, account_id""").query(User.class).list();
    }

    public List<Project> projects() {
        return db.sql("select id, key, name, lead from sandbox_project order by key").query(Project.class).list();
    }

    private static SiteIssue issueRow(ResultSet rs, int row) throws SQLException {
        Array labels = rs.getArray("labels");
        return new SiteIssue(rs.getLong("id"), rs.getString("key"), rs.getLong("project_id"),
                rs.getString("project_key"), rs.getString("project_name"), rs.getLong("type_id"),
                rs.getString("type_name"), rs.getInt("hierarchy_level"), rs.getBoolean("subtask"),
                rs.getLong("status_id"), rs.getString("status_name"), rs.getString("category_key"),
                rs.getString("summary"), rs.getObject("parent_id", Long.class), rs.getString("parent_key"),
                rs.getString("assignee"), rs.getString("reporter"), rs.getBigDecimal("story_points"),
                rs.getObject("original_estimate", Long.class), rs.getObject("remaining_estimate", Long.class),
                rs.getObject("time_spent", Long.class), rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                labels == null ? List.of() : Arrays.asList((String[]) labels.getArray()),
                rs.getBoolean("flagged"), rs.getObject("created", OffsetDateTime.class).toInstant(),
                rs.getObject("updated", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("resolution_date", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant).orElse(null));
    }
}
