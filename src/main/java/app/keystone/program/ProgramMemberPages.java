package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program's members a page at a time, by issue key (project key, then number: WEB-9 before WEB-10), for reports
 * that must not hold a 250k-issue program in memory (the RACI matrix and gap report). Every query is scoped by tenant.
 */
@Component
public class ProgramMemberPages {

    private final JdbcClient db;

    ProgramMemberPages(JdbcClient db) {
        this.db = db;
    }

    /** Where a page starts: after this member in key order. */
    public record After(String projectKey, long number, long issueId) {
    }

    /** The page's issue ids in key order, the last one's position, and how many members follow it. */
    public record Page(List<Long> issueIds, After last, long remaining) {
    }

    /** The projects of the program's live members, by id (what the caller's browse permission is checked on). */
    public Set<Long> projects(TenantId tenant, UUID programId) {
        return new HashSet<>(db.sql("""
                select distinct j.project_id from program_issue pi
                join jira_issue j on j.tenant_id = pi.tenant_id and j.issue_id = pi.issue_id
                where pi.tenant_id = :t and pi.program_id = :p and j.deleted_at is null and j.project_id is not null""")
                .param("t", tenant.value()).param("p", programId).query(Long.class).list());
    }

    /**
     * Live members in these projects after {@code after} (null: from the start), at most {@code limit}. Project keys
     * compare byte-wise ("C" collation), as Java compares them, so pages follow the order the views always had.
     */
    public Page page(TenantId tenant, UUID programId, Set<Long> projectIds, After after, int limit) {
        if (projectIds.isEmpty()) {
            return new Page(List.of(), null, 0);
        }
        String from = after == null ? "" : " where (pk, num, issue_id) > (cast(:apk as text) collate \"C\", :anum, :aid)";
        var spec = db.sql("""
                with m as (
                    select j.issue_id, coalesce(j.project_key, '') collate "C" as pk,
                           coalesce(cast(substring(j.issue_key from '-([0-9]{1,18})$') as bigint), 0) as num
                    from program_issue pi
                    join jira_issue j on j.tenant_id = pi.tenant_id and j.issue_id = pi.issue_id
                    where pi.tenant_id = :t and pi.program_id = :p and j.deleted_at is null
                      and j.project_id = any(cast(:projects as bigint[])))
                select issue_id, pk, num, count(*) over () as n from m""" + from
                + "\norder by pk, num, issue_id limit :n")
                .param("t", tenant.value()).param("p", programId)
                .param("projects", projectIds.toArray(Long[]::new)).param("n", limit);
        if (after != null) {
            spec = spec.param("apk", after.projectKey()).param("anum", after.number()).param("aid", after.issueId());
        }
        List<Long> ids = new ArrayList<>();
        After[] last = new After[1];
        long[] total = new long[1];
        spec.query((rs, n) -> {
            ids.add(rs.getLong("issue_id"));
            last[0] = new After(rs.getString("pk"), rs.getLong("num"), rs.getLong("issue_id"));
            total[0] = rs.getLong("n");
            return null;
        }).list();
        return new Page(ids, last[0], Math.max(0, total[0] - ids.size()));
    }
}
