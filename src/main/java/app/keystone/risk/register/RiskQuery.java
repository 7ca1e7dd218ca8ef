package app.keystone.risk.register;

import app.keystone.shared.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's reads: filtered, visible, sorted pages of risks and the SQL condition the heat map, trend, exposure
 * and exports share. A risk is visible when it touches no project the caller may not browse ({@link RiskVisibility}).
 */
@Component
class RiskQuery {

    private final JdbcClient db;
    private final RiskVisibility visibility;
    private final RiskSettings settings;
    private final RiskLinks links;

    RiskQuery(JdbcClient db, RiskVisibility visibility, RiskSettings settings, RiskLinks links) {
        this.db = db;
        this.visibility = visibility;
        this.settings = settings;
        this.links = links;
    }

    /** A where-clause over {@code risk r} and its parameters. */
    record Where(String sql, Map<String, Object> params) {
    }

    record Page(List<StoredRisk> risks, String nextCursor) {
    }

    Page page(TenantContext caller, RiskFilter filter, RiskSort sort, String cursor, int limit) {
        Where where = where(caller, filter);
        Map<String, Object> params = new HashMap<>(where.params());
        String sql = "select " + RiskRows.COLUMNS + ", " + sort.valueText() + " as sort_value from risk r where "
                + where.sql();
        if (cursor != null && !cursor.isEmpty()) {
            RiskSort.Cursor after = sort.decode(cursor);
            sql += " and " + sort.after();
            params.put("afterValue", after.value());
            params.put("afterId", after.id());
        }
        sql += " order by " + sort.orderBy() + " limit " + (limit + 1);
        List<String> keys = new ArrayList<>();
        List<StoredRisk> rows = db.sql(sql).params(params).query((rs, n) -> {
            keys.add(rs.getString("sort_value"));
            return RiskRows.map(rs);
        }).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        StoredRisk last = rows.get(limit - 1);
        return new Page(rows.subList(0, limit), sort.encode(keys.get(limit - 1), last.id()));
    }

    Where where(TenantContext caller, RiskFilter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("t", caller.tenantId().value());
        Set<String> hidden = visibility.hidden(caller);
        StringBuilder sql = new StringBuilder("r.tenant_id = :t");
        if (!hidden.isEmpty()) {
            p.put("hidden", hidden.toArray(String[]::new));
            sql.append(" ").append("""
                     and not exists (select 1 from risk_project h where h.risk_id = r.id
                                     and h.project_key = any(:hidden))
                     and not exists (select 1 from risk_issue h join jira_issue i
                                     on i.tenant_id = h.tenant_id and i.issue_id = h.issue_id
                                     where h.risk_id = r.id and i.project_key = any(:hidden))""");
        }
        if (f.programId() != null) {
            p.put("programId", f.programId());
            p.put("programIssues", links.programIssues(caller.tenantId(), f.programId()));
            sql.append(" ").append("""
                     and (exists (select 1 from risk_program x where x.risk_id = r.id and x.program_id = :programId)
                          or exists (select 1 from risk_issue x where x.risk_id = r.id
                                     and x.issue_id = any(:programIssues)))""");
        }
        if (f.projectKey() != null) {
            p.put("projectKey", f.projectKey());
            sql.append(" ").append("""
                     and (exists (select 1 from risk_project x where x.risk_id = r.id and x.project_key = :projectKey)
                          or exists (select 1 from risk_issue x join jira_issue i
                                     on i.tenant_id = x.tenant_id and i.issue_id = x.issue_id
                                     where x.risk_id = r.id and i.project_key = :projectKey))""");
        }
        if (f.issueId() != null) {
            p.put("issueId", f.issueId());
            sql.append(" and exists (select 1 from risk_issue x where x.risk_id = r.id and x.issue_id = :issueId)");
        }
        if (f.subtreeOf() != null) {
            p.put("root", f.subtreeOf());
            sql.append(" ").append("""
                     and exists (select 1 from risk_issue x where x.risk_id = r.id and x.issue_id in (
                         with recursive sub (id, depth) as (
                             select cast(:root as bigint), 0
                             union all
                             select i.issue_id, sub.depth + 1 from jira_issue i join sub on i.parent_id = sub.id
                             where i.tenant_id = :t and i.deleted_at is null and sub.depth < 10)
                         select id from sub))""");
        }
        if (f.level() != null) {
            RiskMatrix m = settings.matrix(caller.tenantId());
            p.put("levelFrom", m.from(f.level()));
            p.put("levelTo", m.to(f.level()));
            sql.append(" and r.exposure between :levelFrom and :levelTo");
        }
        equal(sql, p, "r.roam", "roam", f.roam() == null ? null : f.roam().name());
        equal(sql, p, "r.status", "status", f.status() == null ? null : f.status().name());
        equal(sql, p, "r.owner_account_id", "owner", f.ownerAccountId());
        equal(sql, p, "lower(r.category)", "category", f.category() == null ? null : f.category().toLowerCase());
        equal(sql, p, "r.probability", "probability", f.probability());
        equal(sql, p, "r.impact", "impact", f.impact());
        equal(sql, p, "r.residual_probability", "residualProbability", f.residualProbability());
        equal(sql, p, "r.residual_impact", "residualImpact", f.residualImpact());
        if (Boolean.TRUE.equals(f.reviewOverdue())) {
            p.put("today", LocalDate.now(java.time.ZoneOffset.UTC));
            sql.append(" and r.status = 'OPEN' and r.review_date < :today");
        }
        if (f.q() != null) {
            p.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            sql.append(" and (r.title ilike :q or r.description ilike :q)");
        }
        return new Where(sql.toString(), p);
    }

    private static void equal(StringBuilder sql, Map<String, Object> p, String column, String name, Object value) {
        if (value != null) {
            p.put(name, value);
            sql.append(" and ").append(column).append(" = :").append(name);
        }
    }
}
