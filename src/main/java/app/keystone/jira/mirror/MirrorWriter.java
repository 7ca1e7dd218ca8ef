package app.keystone.jira.mirror;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssueDeleted;
import app.keystone.jira.IssueLinkChanged;
import app.keystone.jira.IssuesChanged;
import app.keystone.jira.ProjectRemoved;
import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.jira.payload.LinkSnapshot;
import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies Jira states to the mirror, order-safe: a row only moves forward in Jira time ({@code updated}, then
 * changelog id), tombstones keep deletes from being undone by late news, and every real change is published
 * in the same transaction. Webhooks, backfill pages and reconcile sweeps all come through here.
 */
@Component
public class MirrorWriter {

    private final JdbcClient db;
    private final ApplicationEventPublisher events;

    MirrorWriter(JdbcClient db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    /** @return true when the mirror moved to this state (false: it already held this state or a newer one). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean applyIssue(TenantId tenant, IssueSnapshot issue, long changelogId) {
        if (projectDeletedAfter(tenant, issue.projectId(), issue.updated())) {
            return false;
        }
        return apply(tenant, issue, changelogId, MirrorRow.lock(db, tenant, issue.issueId()));
    }

    /**
     * A search page (backfill, reconcile) through the same rules as {@link #applyIssue} with changelog id 0, but what
     * that reads per issue is read once for the page: the projects' tombstones, the per-issue locks (taken in issue
     * id order, the order webhook workers take them in) and the current rows. The issues that move are then written
     * set-based ({@link MirrorPage}) and reported in one {@link IssuesChanged}. A page that lists an issue twice (Jira
     * re-ranking mid-read) goes one issue at a time instead, each listing judged against what the one before left.
     *
     * @return how many issues the mirror moved to
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int applyIssues(TenantId tenant, List<IssueSnapshot> issues) {
        if (issues.isEmpty()) {
            return 0;
        }
        Map<Long, Instant> tombstones = projectTombstones(tenant, issues.stream().map(IssueSnapshot::projectId)
                .distinct().toList());
        List<Long> ids = issues.stream().map(IssueSnapshot::issueId).distinct().sorted().toList();
        Map<Long, MirrorRow> rows = MirrorRow.lockAll(db, tenant, ids);
        if (ids.size() < issues.size()) {
            return applyOneByOne(tenant, issues, tombstones, rows);
        }
        List<MirrorPage.Move> moves = new ArrayList<>();
        for (IssueSnapshot issue : issues) {
            Optional<MirrorRow> before = Optional.ofNullable(rows.get(issue.issueId()));
            if (!deletedWithProject(tombstones, issue) && news(before, issue, 0)) {
                moves.add(new MirrorPage.Move(issue, before.map(MirrorRow::snapshot).orElse(null)));
            }
        }
        if (!moves.isEmpty()) {
            events.publishEvent(new IssuesChanged(tenant, new MirrorPage(db, this, tenant).write(moves)));
        }
        return moves.size();
    }

    private int applyOneByOne(TenantId tenant, List<IssueSnapshot> issues, Map<Long, Instant> tombstones,
                              Map<Long, MirrorRow> rows) {
        int moved = 0;
        for (IssueSnapshot issue : issues) {
            if (deletedWithProject(tombstones, issue)) {
                continue;
            }
            if (apply(tenant, issue, 0, Optional.ofNullable(rows.get(issue.issueId())))) {
                moved++;
                // an issue listed twice is judged against what the first listing left
                rows.put(issue.issueId(), new MirrorRow(issue, 0, null));
            }
        }
        return moved;
    }

    private static boolean deletedWithProject(Map<Long, Instant> tombstones, IssueSnapshot issue) {
        Instant projectDeleted = tombstones.get(issue.projectId());
        return projectDeleted != null && !projectDeleted.isBefore(issue.updated());
    }

    private static boolean news(Optional<MirrorRow> before, IssueSnapshot issue, long changelogId) {
        return before.isEmpty() || before.get().olderThan(issue.updated(), changelogId);
    }

    /** The newer-wins rule and the write, once the issue is locked and its row read. */
    private boolean apply(TenantId tenant, IssueSnapshot issue, long changelogId, Optional<MirrorRow> before) {
        if (!news(before, issue, changelogId)) {
            return false;
        }
        upsert(tenant, issue, changelogId, null);
        issue.links().ifPresent(links -> replaceLinks(tenant, issue.issueId(), links, issue.updated()));
        IssueSnapshot old = before.map(MirrorRow::snapshot).orElse(null);
        StatusHistory.record(db, tenant, old, issue);
        events.publishEvent(new IssueChanged(tenant, issue.issueId(), issue.key(), issue.projectId(), issue.parentId(),
                old == null ? null : old.parentId(), old == null ? null : old.projectId(), old == null,
                old == null ? Set.of() : IssueFields.changed(old, issue)));
        return true;
    }

    /** A tombstone at {@code deletedAt}: the row keeps its last state so late events can be recognised as stale. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteIssue(TenantId tenant, IssueSnapshot last, Instant deletedAt) {
        Optional<MirrorRow> before = MirrorRow.lock(db, tenant, last.issueId());
        if (before.isPresent() && before.get().deleted()) {
            return false;
        }
        if (before.isEmpty() || before.get().olderThan(last.updated(), Long.MAX_VALUE)) {
            // the deleted issue as it last stood is the newest state Keystone will ever see of it
            upsert(tenant, last, Long.MAX_VALUE, deletedAt);
        } else {
            db.sql("update jira_issue set deleted_at = :at, mirrored_at = now() where tenant_id = :t and issue_id = :id")
                    .param("at", Timestamp.from(deletedAt)).param("t", tenant.value()).param("id", last.issueId()).update();
        }
        for (LinkSnapshot link : MirrorLinks.aliveOf(db, tenant, last.issueId())) {
            applyLink(tenant, link, deletedAt, true);
        }
        events.publishEvent(new IssueDeleted(tenant, last.issueId(), last.projectId(), last.parentId()));
        return true;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public boolean applyLink(TenantId tenant, LinkSnapshot link, Instant at, boolean deleted) {
        boolean changed = MirrorLinks.upsert(db, tenant, link, at, deleted);
        if (changed) {
            events.publishEvent(new IssueLinkChanged(tenant, link.linkId(), link.sourceId(), link.destinationId(),
                    link.type(), deleted));
        }
        return changed;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int removeProject(TenantId tenant, long projectId, String projectKey, Instant deletedAt) {
        db.sql("""
                insert into jira_project_tombstone (tenant_id, project_id, project_key, deleted_at)
                values (:t, :p, :key, :at)
                on conflict (tenant_id, project_id) do update set deleted_at = greatest(excluded.deleted_at,
                    jira_project_tombstone.deleted_at)""")
                .param("t", tenant.value()).param("p", projectId).param("key", projectKey)
                .param("at", Timestamp.from(deletedAt)).update();
        StatusHistory.forgetProject(db, tenant, projectId);
        List<Long> ids = db.sql("select issue_id from jira_issue where tenant_id = :t and project_id = :p")
                .param("t", tenant.value()).param("p", projectId).query(Long.class).list();
        if (!ids.isEmpty()) {
            db.sql("""
                    delete from jira_issue_link where tenant_id = :t
                    and (source_id in (:ids) or destination_id in (:ids))""")
                    .param("t", tenant.value()).param("ids", ids).update();
        }
        int removed = db.sql("delete from jira_issue where tenant_id = :t and project_id = :p")
                .param("t", tenant.value()).param("p", projectId).update();
        db.sql("delete from jira_backfill where tenant_id = :t and project_id = :p")
                .param("t", tenant.value()).param("p", projectId).update();
        events.publishEvent(new ProjectRemoved(tenant, projectId, projectKey, removed));
        return removed;
    }

    /** When each of these projects was deleted, for those that were. */
    private Map<Long, Instant> projectTombstones(TenantId tenant, List<Long> projectIds) {
        Map<Long, Instant> deleted = new HashMap<>();
        db.sql("""
                select project_id, deleted_at from jira_project_tombstone
                where tenant_id = :t and project_id = any(cast(:ids as bigint[]))""")
                .param("t", tenant.value()).param("ids", projectIds.toArray(Long[]::new))
                .query((rs, n) -> deleted.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return deleted;
    }

    private boolean projectDeletedAfter(TenantId tenant, long projectId, Instant updated) {
        return db.sql("""
                select count(*) from jira_project_tombstone
                where tenant_id = :t and project_id = :p and deleted_at >= :updated""")
                .param("t", tenant.value()).param("p", projectId).param("updated", Timestamp.from(updated))
                .query(Integer.class).single() > 0;
    }

    /** Links the issue no longer lists (as of its `updated`) are gone; the listed ones exist. */
    private void replaceLinks(TenantId tenant, long issueId, List<LinkSnapshot> links, Instant at) {
        Set<Long> listed = new HashSet<>();
        for (LinkSnapshot link : links) {
            listed.add(link.linkId());
            applyLink(tenant, link, at, false);
        }
        for (LinkSnapshot existing : MirrorLinks.aliveOf(db, tenant, issueId)) {
            if (!listed.contains(existing.linkId())) {
                applyLink(tenant, existing, at, true);
            }
        }
    }

    private void upsert(TenantId tenant, IssueSnapshot s, long changelogId, Instant deletedAt) {
        db.sql("""
                insert into jira_issue (tenant_id, issue_id, issue_key, project_id, project_key, summary, issue_type_id,
                    issue_type_name, hierarchy_level, parent_id, status_id, status_name, status_category, assignee_id,
                    reporter_id, story_points, time_original, time_remaining, time_spent, start_date, due_date, labels,
                    flagged, resolution, resolution_date, created, jira_updated, changelog_id, deleted_at, mirrored_at)
                values (:t, :id, :key, :project, :projectKey, :summary, :typeId, :typeName, :level, :parent, :statusId,
                    :statusName, :category, :assignee, :reporter, :points, :original, :remaining, :spent, :start, :due,
                    cast(:labels as text[]), :flagged, :resolution, :resolutionDate, :created, :updated, :changelog,
                    :deletedAt, now())
                on conflict (tenant_id, issue_id) do update set issue_key = excluded.issue_key,
                    project_id = excluded.project_id, project_key = excluded.project_key, summary = excluded.summary,
                    issue_type_id = excluded.issue_type_id, issue_type_name = excluded.issue_type_name,
                    hierarchy_level = excluded.hierarchy_level, parent_id = excluded.parent_id,
                    status_id = excluded.status_id, status_name = excluded.status_name,
                    status_category = excluded.status_category, assignee_id = excluded.assignee_id,
                    reporter_id = excluded.reporter_id, story_points = excluded.story_points,
                    time_original = excluded.time_original, time_remaining = excluded.time_remaining,
                    time_spent = excluded.time_spent, start_date = excluded.start_date, due_date = excluded.due_date,
                    labels = excluded.labels, flagged = excluded.flagged, resolution = excluded.resolution,
                    resolution_date = excluded.resolution_date, created = excluded.created,
                    jira_updated = excluded.jira_updated, changelog_id = excluded.changelog_id,
                    deleted_at = excluded.deleted_at, mirrored_at = now()""")
                .param("t", tenant.value()).param("id", s.issueId()).param("key", s.key())
                .param("project", s.projectId()).param("projectKey", s.projectKey()).param("summary", s.summary())
                .param("typeId", s.issueTypeId(), Types.BIGINT).param("typeName", s.issueTypeName())
                .param("level", s.hierarchyLevel(), Types.INTEGER).param("parent", s.parentId(), Types.BIGINT)
                .param("statusId", s.statusId(), Types.BIGINT).param("statusName", s.statusName())
                .param("category", s.statusCategory()).param("assignee", s.assigneeId())
                .param("reporter", s.reporterId()).param("points", s.storyPoints(), Types.NUMERIC)
                .param("original", s.timeOriginal(), Types.BIGINT).param("remaining", s.timeRemaining(), Types.BIGINT)
                .param("spent", s.timeSpent(), Types.BIGINT).param("start", s.startDate(), Types.DATE)
                .param("due", s.dueDate(), Types.DATE).param("labels", MirrorRow.textArray(s.labels()))
                .param("flagged", s.flagged()).param("resolution", s.resolution())
                .param("resolutionDate", timestamp(s.resolutionDate()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("created", timestamp(s.created()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("updated", Timestamp.from(s.updated())).param("changelog", changelogId)
                .param("deletedAt", timestamp(deletedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
