package app.keystone.risk.register;

import app.keystone.program.Programs;
import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks what a risk links to: programs of the site, projects and live issues known to Keystone's mirror of Jira.
 * Projects and issues the caller may not browse are reported as unknown, so a form reveals nothing about them.
 */
@Component
class RiskLinks {

    private static final int MAX = 100;
    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final JdbcClient db;
    private final Programs programs;

    RiskLinks(JdbcClient db, Programs programs) {
        this.db = db;
        this.programs = programs;
    }

    List<UUID> programIds(TenantId tenant, List<String> raw, FieldErrors errors) {
        List<String> valid = InputRules.distinctSorted("programIds", raw, MAX, errors, (at, v) -> {
            if (!UUID_TEXT.matcher(v).matches()) {
                errors.add(at, "'" + v + "' is not a program id");
                return false;
            }
            return true;
        });
        List<UUID> ids = valid.stream().map(UUID::fromString).distinct().toList();
        Set<UUID> known = programs.names(tenant, ids).keySet();
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            if (v != null && UUID_TEXT.matcher(v).matches() && !known.contains(UUID.fromString(v))) {
                errors.add("programIds[" + i + "]", "no program " + v + " on this site");
            }
        }
        return ids.stream().filter(known::contains).sorted().toList();
    }

    List<String> projectKeys(TenantId tenant, List<String> raw, Set<String> hidden, FieldErrors errors) {
        List<String> keys = InputRules.projectKeys(raw, errors);
        Set<String> known = keys.isEmpty() ? Set.of() : new HashSet<>(db.sql("""
                select distinct project_key from jira_issue
                where tenant_id = :t and project_key in (:keys) and deleted_at is null""")
                .param("t", tenant.value()).param("keys", keys).query(String.class).list());
        List<String> result = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String key = raw.get(i);
            if (key != null && keys.contains(key)) {
                if (!known.contains(key) || hidden.contains(key)) {
                    errors.add("projectKeys[" + i + "]", "no project " + key + " in Keystone's copy of Jira");
                } else if (!result.contains(key)) {
                    result.add(key);
                }
            }
        }
        return result.stream().sorted().toList();
    }

    List<Long> issueIds(TenantId tenant, List<String> raw, Set<String> hidden, FieldErrors errors) {
        if (raw.size() > MAX) {
            errors.add("issueIds", "must have at most " + MAX + " entries");
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            if (v == null || !v.matches("[1-9][0-9]{0,17}")) {
                errors.add("issueIds[" + i + "]", "'" + v + "' is not a Jira issue id");
            } else {
                ids.add(Long.parseLong(v));
            }
        }
        Set<Long> known = new HashSet<>();
        if (!ids.isEmpty()) {
            db.sql("""
                    select issue_id, project_key from jira_issue
                    where tenant_id = :t and issue_id in (:ids) and deleted_at is null""")
                    .param("t", tenant.value()).param("ids", ids)
                    .query((rs, n) -> hidden.contains(rs.getString(2)) ? null : known.add(rs.getLong(1))).list();
        }
        for (int i = 0; i < raw.size(); i++) {
            String v = raw.get(i);
            if (v != null && v.matches("[1-9][0-9]{0,17}") && !known.contains(Long.parseLong(v))) {
                errors.add("issueIds[" + i + "]", "no issue " + v + " in Keystone's copy of Jira");
            }
        }
        return known.stream().sorted().toList();
    }

    /** Issue ids of these keys (live, browsable), for the CSV import which speaks keys. */
    java.util.Map<String, Long> idsByKey(TenantId tenant, List<String> keys, Set<String> hidden) {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            db.sql("""
                    select issue_key, issue_id, project_key from jira_issue
                    where tenant_id = :t and issue_key in (:keys) and deleted_at is null""")
                    .param("t", tenant.value()).param("keys", keys)
                    .query((rs, n) -> hidden.contains(rs.getString(3)) ? null : ids.put(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        return ids;
    }

    /** The risk-linked issues that belong to the program (few: only issues with risks are asked about). */
    Long[] programIssues(TenantId tenant, UUID programId) {
        List<Long> linked = db.sql("select distinct issue_id from risk_issue where tenant_id = :t")
                .param("t", tenant.value()).query(Long.class).list();
        return programs.members(tenant, programId, linked).toArray(Long[]::new);
    }
}
