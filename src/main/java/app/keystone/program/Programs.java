package app.keystone.program;

import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other modules may read about programs: that one exists, its name, and its membership as the rollup engine
 * keeps it (an issue may belong to several programs). Every query is scoped by tenant.
 */
@Component
public class Programs {

    private final JdbcClient db;

    Programs(JdbcClient db) {
        this.db = db;
    }

    public record ProgramRef(UUID id, String name) {
    }

    public Optional<ProgramRef> find(TenantId tenant, UUID id) {
        return db.sql("select id, name from program where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).query(ProgramRef.class).optional();
    }

    /** Every program of the tenant, by name. */
    public List<ProgramRef> all(TenantId tenant) {
        return db.sql("select id, name from program where tenant_id = :t order by lower(name), id")
                .param("t", tenant.value()).query(ProgramRef.class).list();
    }

    /** The programs of these ids that exist in the tenant, by id. */
    public Map<UUID, ProgramRef> find(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, ProgramRef> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        db.sql("select id, name from program where tenant_id = :t and id in (:ids) order by lower(name), id")
                .param("t", tenant.value()).param("ids", ids).query(ProgramRef.class).list()
                .forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** For each of these issues that belongs to a program: its programs. */
    public Map<Long, Set<UUID>> programsOf(TenantId tenant, Collection<Long> issueIds) {
        Map<Long, Set<UUID>> result = new HashMap<>();
        if (issueIds.isEmpty()) {
            return result;
        }
        db.sql("select issue_id, program_id from program_issue where tenant_id = :t and issue_id = any(cast(:ids as bigint[]))")
                .param("t", tenant.value()).param("ids", issueIds.toArray(Long[]::new))
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return result;
    }

    /** The issues the program contains. */
    public List<Long> members(TenantId tenant, UUID programId) {
        return db.sql("select issue_id from program_issue where tenant_id = :t and program_id = :p order by issue_id")
                .param("t", tenant.value()).param("p", programId).query(Long.class).list();
    }

    /** Names of the tenant's programs among {@code ids}; ids of other sites or deleted programs are missing. */
    public Map<UUID, String> names(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        find(tenant, ids).forEach((id, ref) -> names.put(id, ref.name()));
        return names;
    }

    /** Which of {@code issueIds} belong to the program (its projects, filtered, and its roots' descendants). */
    public Set<Long> members(TenantId tenant, UUID programId, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.sql("""
                select issue_id from program_issue
                where tenant_id = :t and program_id = :p and issue_id = any(cast(:ids as bigint[]))""")
                .param("t", tenant.value()).param("p", programId).param("ids", issueIds.toArray(Long[]::new))
                .query(Long.class).list());
    }

    /** A program as rules see it: its owner (may be null) and target date (may be null). */
    public record ProgramPlan(UUID id, String name, String ownerAccountId, LocalDate targetDate) {
    }

    /** The programs the issue belongs to (membership as the rollup engine keeps it), by name. */
    public List<ProgramPlan> plansOf(TenantId tenant, long issueId) {
        return db.sql("""
                select p.id, p.name, p.owner_account_id, p.target_date from program p
                join program_issue pi on pi.program_id = p.id and pi.tenant_id = p.tenant_id
                where p.tenant_id = :t and pi.issue_id = :i order by lower(p.name), p.id""")
                .param("t", tenant.value()).param("i", issueId).query(ProgramPlan.class).list();
    }

    public Optional<ProgramPlan> plan(TenantId tenant, UUID programId) {
        return db.sql("select id, name, owner_account_id, target_date from program where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", programId).query(ProgramPlan.class).optional();
    }

    /** A milestone of a program: its name and date. */
    public record Milestone(String name, LocalDate date) {
    }

    /** The program's milestones dated {@code from}..{@code to} (both included), soonest first. */
    public List<Milestone> milestones(TenantId tenant, UUID programId, LocalDate from, LocalDate to) {
        return db.sql("""
                select name, due_date from program_milestone
                where tenant_id = :t and program_id = :p and due_date between :from and :to
                order by due_date, lower(name)""")
                .param("t", tenant.value()).param("p", programId).param("from", from).param("to", to)
                .query((rs, n) -> new Milestone(rs.getString(1), rs.getObject(2, LocalDate.class))).list();
    }

    /** A mirrored issue as a report names it: key, summary and the Jira project it is in. */
    public record IssueRef(long id, String key, String summary, long projectId) {
    }

    /**
     * The program's epics (hierarchy level 1, live) that entered the status category done after {@code since} and
     * up to {@code until}, and are still done, by key. The entry time is the mirror's (V018).
     */
    public List<IssueRef> epicsDone(TenantId tenant, UUID programId, Instant since, Instant until) {
        return db.sql("""
                select i.issue_id as id, i.issue_key as key, i.summary, i.project_id from program_issue pi
                join jira_issue i on i.tenant_id = pi.tenant_id and i.issue_id = pi.issue_id
                where pi.tenant_id = :t and pi.program_id = :p and i.hierarchy_level = 1 and i.deleted_at is null
                  and i.status_category = 'done'
                  and exists (select 1 from jira_status_category_change c
                              where c.tenant_id = i.tenant_id and c.issue_id = i.issue_id and c.to_category = 'done'
                                and c.changed_at > :since and c.changed_at <= :until)
                order by i.project_key, i.issue_id""")
                .param("t", tenant.value()).param("p", programId).param("since", Timestamp.from(since))
                .param("until", Timestamp.from(until)).query(IssueRef.class).list();
    }

    /**
     * The live issue that best stands for the program in Jira, for an e-mail Jira sends only about an issue: its
     * first root issue (lowest id), else its lowest-id epic, else its lowest-id issue; empty when it has none.
     */
    public Optional<IssueRef> representativeIssue(TenantId tenant, UUID programId) {
        return db.sql("""
                select i.issue_id as id, i.issue_key as key, i.summary, i.project_id from (
                    select issue_id, 0 as rank from program_root where tenant_id = :t and program_id = :p
                    union all
                    select issue_id, 1 from program_issue where tenant_id = :t and program_id = :p) c
                join jira_issue i on i.tenant_id = :t and i.issue_id = c.issue_id
                where i.deleted_at is null and i.project_id is not null
                order by c.rank, i.hierarchy_level is distinct from 1, i.issue_id
                limit 1""")
                .param("t", tenant.value()).param("p", programId).query(IssueRef.class).optional();
    }
}
