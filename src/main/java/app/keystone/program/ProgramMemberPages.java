package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program's members a page at a time, by issue key, for reports that must not hold a 250k-issue program in memory
 * (the RACI matrix and gap report). A page walks the mirror's key index and keeps the members, so it costs
 * O(page) when most of the site is in the program. Every query is scoped by tenant.
 */
@Component
public class ProgramMemberPages {

    private final JdbcClient db;

    ProgramMemberPages(JdbcClient db) {
        this.db = db;
    }

    /** Where a page starts: after this member in key order, {@code seen} members having been read before it. */
    public record After(String issueKey, long issueId, long seen) {
    }

    /** The page's issue ids in key order; {@code next} is null on the last page. */
    public record Page(List<Long> issueIds, After next, long remaining) {
    }

    /**
     * The site's projects (id to key) as the mirror has them: one index probe per project (a skip scan of
     * jira_issue_project, a partial index of live issues: without "deleted_at is null" PostgreSQL cannot use it and
     * sorts the whole mirror once per project, ~3.8 s at 250k), where a distinct over the members read all 250k.
     */
    public Map<Long, String> siteProjects(TenantId tenant) {
        Map<Long, String> projects = new HashMap<>();
        db.sql("""
                with recursive p (id) as (
                    (select project_id from jira_issue where tenant_id = :t and project_id is not null
                       and deleted_at is null
                     order by project_id limit 1)
                    union all
                    select (select j.project_id from jira_issue j where j.tenant_id = :t and j.project_id > p.id
                              and j.deleted_at is null
                            order by j.project_id limit 1)
                    from p where p.id is not null)
                select p.id, (select j.project_key from jira_issue j where j.tenant_id = :t and j.project_id = p.id
                              and j.deleted_at is null and j.project_key is not null limit 1)
                from p where p.id is not null""")
                .param("t", tenant.value())
                .query((rs, n) -> projects.put(rs.getLong(1), rs.getString(2))).list();
        return projects;
    }

    /**
     * Members in these projects after {@code after} (null: from the start), at most {@code limit}, by the key's text
     * order (as the dependency list). How many remain comes from the program's maintained per-project counts
     * (rollup_program), not from counting the members.
     */
    public Page page(TenantId tenant, UUID programId, Map<Long, String> projects, After after, int limit) {
        if (projects.isEmpty()) {
            return new Page(List.of(), null, 0);
        }
        String from = after == null ? "" : " and (j.issue_key, j.issue_id) > (cast(:akey as varchar), :aid)";
        var spec = db.sql("""
                select j.issue_id, j.issue_key from jira_issue j
                where j.tenant_id = :t and j.deleted_at is null and j.issue_key is not null
                  and j.project_id = any(cast(:projects as bigint[]))
                  and exists (select 1 from program_issue pi where pi.program_id = :p and pi.tenant_id = :t
                              and pi.issue_id = j.issue_id)"""
                        + from + "\norder by j.issue_key, j.issue_id limit :n")
                .param("t", tenant.value()).param("p", programId)
                .param("projects", projects.keySet().toArray(Long[]::new)).param("n", limit + 1);
        if (after != null) {
            spec = spec.param("akey", after.issueKey()).param("aid", after.issueId());
        }
        List<Long> ids = new ArrayList<>();
        List<String> issueKeys = new ArrayList<>();
        spec.query((rs, n) -> {
            ids.add(rs.getLong(1));
            issueKeys.add(rs.getString(2));
            return null;
        }).list();
        long seen = (after == null ? 0 : after.seen()) + Math.min(ids.size(), limit);
        if (ids.size() <= limit) {
            return new Page(ids, null, 0);
        }
        After next = new After(issueKeys.get(limit - 1), ids.get(limit - 1), seen);
        Set<String> keys = new java.util.HashSet<>(projects.values());
        keys.remove(null);
        // at least one: a page follows, whatever the counts (maintained by the writer, a moment behind) say
        return new Page(ids.subList(0, limit), next, Math.max(1, members(tenant, programId, keys) - seen));
    }

    /** The program's members in these projects, by its maintained per-project counts. */
    private long members(TenantId tenant, UUID programId, Set<String> projectKeys) {
        return db.sql("""
                select coalesce(sum(n_total), 0) from rollup_program
                where program_id = :p and tenant_id = :t and project_key = any(cast(:keys as text[]))""")
                .param("p", programId).param("t", tenant.value())
                .param("keys", projectKeys.toArray(String[]::new)).query(Long.class).single();
    }
}
