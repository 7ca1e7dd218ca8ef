package app.keystone.jira.mirror;

import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records status-category entries in {@code jira_status_category_change} as the mirror moves an issue forward, for
 * cycle time and throughput. The mirror applies only newer states, so entries arrive in Jira-time order; a state
 * superseded before Keystone saw it (a quick there-and-back) leaves no entry. Idempotent: a replayed state changes
 * nothing because the mirror refuses it first, and the key refuses duplicates.
 */
final class StatusHistory {

    private StatusHistory() {
    }

    static void record(JdbcClient db, TenantId tenant, IssueSnapshot before, IssueSnapshot now) {
        String category = now.statusCategory();
        if (category == null || before != null && Objects.equals(before.statusCategory(), category)) {
            return;
        }
        boolean firstSeen = before == null;
        Instant at = firstSeen ? firstSeenAt(now) : now.updated();
        db.sql("""
                insert into jira_status_category_change (tenant_id, issue_id, changed_at, from_category, to_category,
                    first_seen)
                values (:t, :id, :at, :from, :to, :first) on conflict do nothing""")
                .param("t", tenant.value()).param("id", now.issueId()).param("at", Timestamp.from(at))
                .param("from", before == null ? null : before.statusCategory()).param("to", category)
                .param("first", firstSeen).update();
    }

    /** {@link #record} for each move of a page (each issue once), in one statement. */
    static void recordAll(JdbcClient db, TenantId tenant, List<MirrorPage.Move> moves) {
        List<String[]> rows = new ArrayList<>();
        for (MirrorPage.Move m : moves) {
            IssueSnapshot before = m.before();
            IssueSnapshot now = m.issue();
            String category = now.statusCategory();
            if (category == null || before != null && Objects.equals(before.statusCategory(), category)) {
                continue;
            }
            Instant at = before == null ? firstSeenAt(now) : now.updated();
            rows.add(new String[] {String.valueOf(now.issueId()), at.toString(),
                    before == null ? null : before.statusCategory(), category, String.valueOf(before == null)});
        }
        if (rows.isEmpty()) {
            return;
        }
        db.sql("""
                insert into jira_status_category_change (tenant_id, issue_id, changed_at, from_category, to_category,
                    first_seen)
                select :t, r.id, r.at, r.from_category, r.to_category, r.first
                from unnest(cast(:ids as bigint[]), cast(:ats as timestamptz[]), cast(:froms as text[]),
                            cast(:tos as text[]), cast(:firsts as boolean[])) as r(id, at, from_category, to_category, first)
                on conflict do nothing""")
                .param("t", tenant.value()).param("ids", column(rows, 0)).param("ats", column(rows, 1))
                .param("froms", column(rows, 2)).param("tos", column(rows, 3)).param("firsts", column(rows, 4))
                .update();
    }

    private static String[] column(List<String[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toArray(String[]::new);
    }

    /** Best known time the first-seen category was entered: created for new, resolved for done, else updated. */
    private static Instant firstSeenAt(IssueSnapshot s) {
        if ("new".equals(s.statusCategory()) && s.created() != null) {
            return s.created();
        }
        if (s.done() && s.resolutionDate() != null) {
            return s.resolutionDate();
        }
        return s.updated();
    }

    static void forgetProject(JdbcClient db, TenantId tenant, long projectId) {
        db.sql("""
                delete from jira_status_category_change c where c.tenant_id = :t and c.issue_id in
                    (select issue_id from jira_issue where tenant_id = :t and project_id = :p)""")
                .param("t", tenant.value()).param("p", projectId).update();
    }
}
