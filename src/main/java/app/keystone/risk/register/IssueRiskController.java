package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The issue panel's risks: those linked to the issue, then those inherited from its ancestors in the mirror (parent
 * chain, nearest first), each marked with the ancestor it comes from; link and unlink. An issue the caller may not
 * browse, or one Keystone has not mirrored, is 404.
 */
@RestController
@Tag(name = "Risks")
class IssueRiskController {

    private static final int MAX_DEPTH = 10;

    private final JdbcClient db;
    private final RiskQuery query;
    private final RiskViews views;
    private final RiskRegister register;
    private final RiskVisibility visibility;
    private final RiskAnalytics analytics;

    IssueRiskController(JdbcClient db, RiskQuery query, RiskViews views, RiskRegister register,
                        RiskVisibility visibility, RiskAnalytics analytics) {
        this.db = db;
        this.query = query;
        this.views = views;
        this.register = register;
        this.visibility = visibility;
        this.analytics = analytics;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record IssueRef(String id, String key) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record PanelRisk(@JsonUnwrapped RiskView risk, boolean inherited, IssueRef inheritedFrom) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Panel(IssueRef issue, List<PanelRisk> items, RiskAnalytics.Exposure subtree) {
    }

    @GetMapping("/api/issues/{issueId}/risks")
    @Operation(summary = "Risks linked to the issue and inherited from its ancestors; exposure of its subtree")
    @Transactional(readOnly = true)
    public Panel risks(TenantContext tenant, @PathVariable String issueId) {
        List<IssueRef> chain = chain(tenant, issueId);
        List<PanelRisk> items = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            IssueRef at = chain.get(i);
            RiskFilter filter = new RiskFilter(null, null, Long.parseLong(at.id()), null, null, null, null, null,
                    null, null, null, null, null, null, null);
            List<StoredRisk> risks = query.page(tenant, filter, RiskSort.DEFAULT, null, 200).risks().stream()
                    .filter(r -> seen.add(r.id())).toList();
            for (RiskView v : views.views(tenant.tenantId(), risks)) {
                items.add(new PanelRisk(v, i > 0, i > 0 ? at : null));
            }
        }
        RiskFilter subtree = new RiskFilter(null, null, null, Long.parseLong(chain.get(0).id()), null, null, null,
                null, null, null, null, null, null, null, null);
        return new Panel(chain.get(0), items, analytics.exposure(tenant, subtree));
    }

    @PutMapping("/api/issues/{issueId}/risks/{riskId}")
    @Operation(summary = "Link the risk to the issue")
    public RiskView link(TenantContext tenant, @PathVariable String issueId, @PathVariable String riskId) {
        IssueRef issue = chain(tenant, issueId).get(0);
        return register.link(tenant, RiskController.id(riskId), Long.parseLong(issue.id()), true);
    }

    @DeleteMapping("/api/issues/{issueId}/risks/{riskId}")
    @Operation(summary = "Unlink the risk from the issue")
    public RiskView unlink(TenantContext tenant, @PathVariable String issueId, @PathVariable String riskId) {
        IssueRef issue = chain(tenant, issueId).get(0);
        return register.link(tenant, RiskController.id(riskId), Long.parseLong(issue.id()), false);
    }

    /** The issue and its ancestors, nearest first; 404 unless the issue is mirrored and browsable. */
    private List<IssueRef> chain(TenantContext tenant, String issueId) {
        if (!issueId.matches("[1-9][0-9]{0,17}")) {
            throw new KeystoneProblem(400, "INVALID_ISSUE_ID", "Invalid issue id", "A Jira issue id is a number.");
        }
        record Row(IssueRef ref, String project) {
        }
        List<Row> rows = db.sql("""
                with recursive up (id, depth) as (
                    select cast(:id as bigint), 0
                    union all
                    select i.parent_id, up.depth + 1 from jira_issue i join up on i.issue_id = up.id
                    where i.tenant_id = :t and i.parent_id is not null and up.depth < :max)
                select i.issue_id, i.issue_key, i.project_key from up
                join jira_issue i on i.tenant_id = :t and i.issue_id = up.id and i.deleted_at is null
                order by up.depth""")
                .param("id", Long.parseLong(issueId)).param("t", tenant.tenantId().value()).param("max", MAX_DEPTH)
                .query((rs, n) -> new Row(new IssueRef(String.valueOf(rs.getLong(1)), rs.getString(2)),
                        rs.getString(3))).list();
        Set<String> hidden = rows.isEmpty() ? Set.of() : visibility.hidden(tenant);
        if (rows.isEmpty() || !rows.get(0).ref().id().equals(issueId) || hidden.contains(rows.get(0).project())) {
            throw new KeystoneProblem(404, "ISSUE_NOT_FOUND", "Issue not found",
                    "Keystone knows no issue " + issueId + " you may see on this site.");
        }
        // ancestors in projects the caller may not browse are skipped, not revealed
        return rows.stream().filter(r -> !hidden.contains(r.project())).map(Row::ref).toList();
    }
}
