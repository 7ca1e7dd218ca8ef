package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /** Every issue, for JQL evaluation in memory (the sandbox is small; benchmarks measure Keystone, not this). */
    List<SiteIssue> allIssues() {
        return db.sql(ISSUE_SELECT + " order by i.id").query(SiteData::issueRow).list();
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

    public Optional<User> user(String accountId) {
        return users(List.of(accountId)).stream().findFirst();
    }

    public List<User> users(Collection<String> accountIds) {
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
