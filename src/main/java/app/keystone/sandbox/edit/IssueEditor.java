package app.keystone.sandbox.edit;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.data.Catalog;
import app.keystone.sandbox.hooks.WebhookOutbox.Flow;
import app.keystone.sandbox.rest.SiteData;
import app.keystone.sandbox.rest.SiteIssue;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes Jira data the way a user does in Jira, and in the same transaction queues the webhooks Jira would
 * send for the change (so a change and its webhooks commit together). Every change bumps the issue's
 * {@code updated} (strictly increasing, millisecond precision) and keeps {@code resolution_date} in step
 * with the done category. Hierarchy follows Jira: a parent is exactly one level above its child, except a
 * sub-task (level -1), whose parent is a standard issue (level 0) of the same project.
 */
@Component
@SandboxProfile
public class IssueEditor {

    private final JdbcClient db;
    private final SiteData data;
    private final IssueEvents events;
    private final IssuePatch patches;

    IssueEditor(JdbcClient db, SiteData data, IssueEvents events) {
        this.db = db;
        this.data = data;
        this.events = events;
        this.patches = new IssuePatch(db, data);
    }

    /** A new issue in "To Do", reported by {@code actor}; sends jira:issue_created with the create changelog. */
    @Transactional
    public SiteIssue create(String projectKey, long typeId, String summary, String parentKey, String actor) {
        requireActor(actor);
        String text = IssuePatch.summary(summary);
        long projectId = db.sql("select id from sandbox_project where upper(key) = upper(:key) for update")
                .param("key", String.valueOf(projectKey)).query(Long.class).optional()
                .orElseThrow(() -> EditException.badRequest("Unknown project '" + projectKey + "'"));
        Integer level = db.sql("select hierarchy_level from sandbox_issue_type where id = :id").param("id", typeId)
                .query(Integer.class).optional()
                .orElseThrow(() -> EditException.badRequest("Unknown issue type " + typeId));
        SiteIssue parent = parentKey == null ? null : knownIssue(parentKey);
        Hierarchy.check(level, projectId, null, parent, data);

        long id = nextId();
        String key = nextKey(projectId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        db.sql("""
                insert into sandbox_issue (id, key, project_id, issue_type_id, status_id, summary, parent_id, reporter,
                    created, updated)
                values (:id, :key, :project, :type, :status, :summary, :parent, :reporter, :now, :now)""")
                .param("id", id).param("key", key).param("project", projectId).param("type", typeId)
                .param("status", Catalog.TO_DO).param("summary", text)
                .param("parent", parent == null ? null : parent.issueId(), Types.BIGINT)
                .param("reporter", actor).param("now", utc(now)).update();
        SiteIssue created = data.issue(id).orElseThrow();
        String reporterName = data.user(actor).map(SiteData.User::displayName).orElse(null);
        events.created(created, actor, List.of(ChangeItems.text("summary", null, text),
                ChangeItems.status("Status", null, null, created.statusId(), created.statusName()),
                ChangeItems.priority(), ChangeItems.user("reporter", null, null, actor, reporterName)));
        return created;
    }

    /**
     * Applies a PATCH body (see {@link IssuePatch}): an absent key is unchanged, a null clears. One call sends
     * one jira:issue_updated with an item per changed field, and nothing when nothing changed.
     */
    @Transactional
    public SiteIssue update(String key, JsonNode patch, String actor) {
        requireActor(actor);
        SiteIssue before = lockedIssue(key);
        IssuePatch.Changes changes = patches.read(before, patch);
        if (changes.items().isEmpty()) {
            return before;
        }
        Map<String, IssuePatch.Column> columns = new LinkedHashMap<>(changes.columns());
        Instant updated = nextUpdated(before);
        columns.put("updated", new IssuePatch.Column(utc(updated), Types.TIMESTAMP_WITH_TIMEZONE));
        if (changes.resolved() != null) {
            columns.put("resolution_date", new IssuePatch.Column(
                    changes.resolved() ? utc(updated) : null, Types.TIMESTAMP_WITH_TIMEZONE));
        }
        write(before.issueId(), columns);
        SiteIssue after = data.issue(before.issueId()).orElseThrow();
        events.updated(after, actor, changes.items(), Flow.Primary);
        return after;
    }

    /**
     * Deletes the issue with its sub-tasks (as Jira does); its other children lose their parent. Sends
     * jira:issue_deleted per deleted issue, then one issuelink_deleted per link on the Secondary flow.
     */
    @Transactional
    public void delete(String key, String actor) {
        requireActor(actor);
        SiteIssue issue = lockedIssue(key);
        long now = Instant.now().toEpochMilli();
        List<SiteIssue> doomed = new ArrayList<>();
        List<SiteIssue> orphans = new ArrayList<>();
        for (SiteIssue child : data.children(issue.issueId())) {
            (child.subtask() ? doomed : orphans).add(child);
        }
        doomed.add(issue);
        LinkedHashSet<SiteData.Link> links = new LinkedHashSet<>();
        for (SiteIssue d : doomed) {
            links.addAll(data.links(d.issueId()));
            // rendered before the rows go: the payload shows the issue as it stood
            events.deleted(d, actor, now);
        }
        orphans.forEach(child -> unparent(child, actor));
        for (SiteIssue d : doomed) {
            // properties and links go by cascade
            db.sql("delete from sandbox_issue where id = :id").param("id", d.issueId()).update();
        }
        for (SiteData.Link link : links) {
            events.linkDeleted(link, now, Flow.Secondary);
        }
    }

    /** "blocker blocks blocked": the blocker is the outward issue. Sends issuelink_created. @return the link id */
    @Transactional
    public long link(String blockerKey, String blockedKey, String actor) {
        requireActor(actor);
        SiteIssue blocker = knownIssue(blockerKey);
        SiteIssue blocked = knownIssue(blockedKey);
        if (blocker.issueId() == blocked.issueId()) {
            throw EditException.badRequest("An issue cannot block itself");
        }
        boolean exists = db.sql("""
                select count(*) from sandbox_issue_link where outward_issue = :o and inward_issue = :i""")
                .param("o", blocker.issueId()).param("i", blocked.issueId()).query(Integer.class).single() > 0;
        if (exists) {
            throw EditException.badRequest(blocker.key() + " already blocks " + blocked.key());
        }
        long id = nextId();
        db.sql("insert into sandbox_issue_link (id, outward_issue, inward_issue) values (:id, :o, :i)")
                .param("id", id).param("o", blocker.issueId()).param("i", blocked.issueId()).update();
        touch(blocker);
        touch(blocked);
        events.linkCreated(new SiteData.Link(id, blocker.issueId(), blocked.issueId()), Instant.now().toEpochMilli());
        return id;
    }

    /**
     * Removes a link by id; sends issuelink_deleted (Primary: someone removed it on purpose). The actor is
     * optional: link webhooks carry no user.
     */
    @Transactional
    public void unlink(long linkId, String actor) {
        if (actor != null) {
            requireActor(actor);
        }
        SiteData.Link link = db.sql("select id, outward_issue, inward_issue from sandbox_issue_link where id = :id for update")
                .param("id", linkId).query(SiteData.Link.class).optional()
                .orElseThrow(() -> EditException.notFound("No link " + linkId));
        db.sql("delete from sandbox_issue_link where id = :id").param("id", linkId).update();
        data.issue(link.outwardIssue()).ifPresent(this::touch);
        data.issue(link.inwardIssue()).ifPresent(this::touch);
        events.linkDeleted(link, Instant.now().toEpochMilli(), Flow.Primary);
    }

    /**
     * Deletes a project and its issues. Sends project_deleted only (no per-issue events), plus the Secondary
     * fallout that reaches other projects: issuelink_deleted for links to outside issues and jira:issue_updated
     * for outside children that lose their parent.
     */
    @Transactional
    public void deleteProject(String projectKey, String actor) {
        requireActor(actor);
        SiteData.Project project = data.projects().stream().filter(p -> p.key().equalsIgnoreCase(projectKey))
                .findFirst().orElseThrow(() -> EditException.notFound("Unknown project '" + projectKey + "'"));
        long now = Instant.now().toEpochMilli();
        List<Long> ids = db.sql("select id from sandbox_issue where project_id = :p").param("p", project.id())
                .query(Long.class).list();
        List<SiteIssue> outsideChildren = ids.isEmpty() ? List.of() : db.sql("""
                select id from sandbox_issue where parent_id in (:ids) and project_id <> :p""")
                .param("ids", ids).param("p", project.id()).query(Long.class).list().stream()
                .map(id -> data.issue(id).orElseThrow()).toList();
        List<SiteData.Link> outsideLinks = ids.isEmpty() ? List.of() : db.sql("""
                select id, outward_issue, inward_issue from sandbox_issue_link
                where (outward_issue in (:ids)) <> (inward_issue in (:ids)) order by id""")
                .param("ids", ids).query(SiteData.Link.class).list();
        events.projectDeleted(project, now);
        outsideChildren.forEach(child -> unparent(child, actor));
        // parents point into the same table: clear them first, then delete in one statement
        db.sql("update sandbox_issue set parent_id = null where project_id = :p").param("p", project.id()).update();
        db.sql("delete from sandbox_issue where project_id = :p").param("p", project.id()).update();
        db.sql("delete from sandbox_project where id = :p").param("p", project.id()).update();
        outsideLinks.forEach(link -> events.linkDeleted(link, now, Flow.Secondary));
    }

    /** A child left behind by a deleted parent: its parent is cleared, announced on the Secondary flow. */
    private void unparent(SiteIssue child, String actor) {
        Instant updated = nextUpdated(child);
        db.sql("update sandbox_issue set parent_id = null, updated = :u where id = :id")
                .param("u", utc(updated)).param("id", child.issueId()).update();
        events.updated(data.issue(child.issueId()).orElseThrow(), actor,
                List.of(ChangeItems.parent(child.parent(), child.parentIssueKey(), null, null)), Flow.Secondary);
    }

    /** Bumps {@code updated} without a changelog (a link came or went). */
    private void touch(SiteIssue issue) {
        db.sql("update sandbox_issue set updated = :u where id = :id")
                .param("u", utc(nextUpdated(issue))).param("id", issue.issueId()).update();
    }

    private void write(long id, Map<String, IssuePatch.Column> columns) {
        StringBuilder sql = new StringBuilder("update sandbox_issue set ");
        columns.keySet().forEach(c -> sql.append(sql.charAt(sql.length() - 1) == ' ' ? "" : ", ")
                .append(c).append(" = :").append(c));
        JdbcClient.StatementSpec statement = db.sql(sql + " where id = :id").param("id", id);
        for (Map.Entry<String, IssuePatch.Column> c : columns.entrySet()) {
            statement = statement.param(c.getKey(), c.getValue().value(), c.getValue().sqlType());
        }
        statement.update();
    }

    /** Now, or 1 ms after the last change if the clock has not moved on: {@code updated} never repeats. */
    private static Instant nextUpdated(SiteIssue issue) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant last = issue.updated().truncatedTo(ChronoUnit.MILLIS);
        return now.isAfter(last) ? now : last.plusMillis(1);
    }

    private SiteIssue lockedIssue(String key) {
        SiteIssue issue = data.issue(String.valueOf(key))
                .orElseThrow(() -> EditException.notFound("Issue " + key + " does not exist"));
        // serialises concurrent edits of one issue, so updated stays strictly increasing
        db.sql("select id from sandbox_issue where id = :id for update").param("id", issue.issueId()).query(Long.class)
                .single();
        return data.issue(issue.issueId()).orElseThrow();
    }

    private SiteIssue knownIssue(String key) {
        return data.issue(String.valueOf(key))
                .orElseThrow(() -> EditException.badRequest("Issue " + key + " does not exist"));
    }

    private void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw EditException.badRequest("actor (an accountId) is required");
        }
        if (data.user(actor).isEmpty()) {
            throw EditException.badRequest("Unknown actor '" + actor + "'");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private long nextId() {
        return db.sql("select nextval('sandbox_id_seq')").query(Long.class).single();
    }

    /** Keys are never reused, even after a deletion: the counter only grows (Jira does the same). */
    private String nextKey(long projectId) {
        Optional<Integer> number = db.sql("""
                update sandbox_project p set issue_counter = greatest(coalesce(p.issue_counter, 0),
                    (select coalesce(max(cast(split_part(i.key, '-', 2) as integer)), 0)
                     from sandbox_issue i where i.project_id = p.id)) + 1
                where p.id = :id returning issue_counter""").param("id", projectId).query(Integer.class).optional();
        String projectKey = db.sql("select key from sandbox_project where id = :id").param("id", projectId)
                .query(String.class).single();
        return projectKey + "-" + number.orElseThrow();
    }
}
