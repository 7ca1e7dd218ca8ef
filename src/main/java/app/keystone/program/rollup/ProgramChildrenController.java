package app.keystone.program.rollup;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/programs/{programId}/children?parentIssueId=}: the program's work one level down, each item with
 * the rollup of its descendants — without a parent, the top of the program's forest (members whose parent is not
 * a member). The epic table and its drill-down read this.
 */
@RestController
class ProgramChildrenController {

    private static final int LIMIT = 500;

    private final JdbcClient db;
    private final RollupStore store;
    private final Visibility visibility;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;

    ProgramChildrenController(JdbcClient db, RollupStore store, Visibility visibility, @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.db = db;
        this.store = store;
        this.visibility = visibility;
        this.zone = ZoneId.of(zone);
    }

    record Child(String id, String key, String summary, String projectKey, String issueType, int hierarchyLevel,
                 String status, String statusCategory, LocalDate dueDate, boolean hasChildren,
                 RollupView.FiguresView rollup) {
    }

    record Children(String programId, String parentIssueId, List<Child> items, boolean truncated) {
    }

    @GetMapping("/api/programs/{programId}/children")
    Children children(TenantContext tenant, @PathVariable String programId,
                      @RequestParam(required = false) String parentIssueId) {
        UUID program = uuid(programId);
        UUID t = tenant.tenantId().value();
        if (db.sql("select count(*) from program where id = :p and tenant_id = :t").param("p", program).param("t", t)
                .query(Integer.class).single() == 0) {
            throw new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found", "No program " + program + " on this site.");
        }
        Long parent = parentIssueId == null ? null : issueId(parentIssueId);
        String where = parent == null
                ? " and pi.top" // maintained by the rollup writer: the parent is not a member (or there is none)
                : " and n.parent_id = :parent";
        var spec = db.sql("""
                select n.*, j.issue_key, j.summary, j.status_name,
                       exists (select 1 from rollup_node c where c.tenant_id = n.tenant_id and c.parent_id = n.issue_id
                               and not c.deleted) as has_children
                from program_issue pi
                join rollup_node n on n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id and not n.deleted
                join jira_issue j on j.tenant_id = n.tenant_id and j.issue_id = n.issue_id
                where pi.program_id = :p and pi.tenant_id = :t""" + where
                + " order by n.level desc, j.issue_key limit :limit")
                .param("p", program).param("t", t).param("limit", LIMIT + 1);
        if (parent != null) {
            spec = spec.param("parent", parent);
        }
        List<Object[]> rows = new ArrayList<>(spec.query((rs, n) -> new Object[] {rs.getLong("issue_id"), rs.getString("issue_key"),
                rs.getString("summary"), rs.getString("project_key"), rs.getString("issue_type"), rs.getInt("level"),
                rs.getString("status_name"), rs.getString("category"), rs.getObject("due_date", LocalDate.class),
                rs.getBoolean("has_children"), Figures.read(rs)}).list());
        java.util.Set<String> visible = visibility.browsable(tenant,
                rows.stream().map(r -> (String) r[3]).distinct().toList());
        rows.removeIf(r -> !visible.contains((String) r[3]));
        boolean truncated = rows.size() > LIMIT;
        List<Object[]> shown = truncated ? rows.subList(0, LIMIT) : rows;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Long, DateCounts> dates = store.nodeDateFacts(tenant.tenantId(), shown.stream().map(r -> (Long) r[0]).toList(),
                today);
        List<Child> items = new ArrayList<>();
        for (Object[] r : shown) {
            items.add(new Child(r[0].toString(), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (Integer) r[5],
                    (String) r[6], (String) r[7], (LocalDate) r[8], (Boolean) r[9],
                    RollupView.of((Figures) r[10], dates.getOrDefault((Long) r[0], new DateCounts()), today, null)));
        }
        return new Children(program.toString(), parent == null ? null : parent.toString(), items, truncated);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new KeystoneProblem(400, "INVALID_PROGRAM_ID", "Invalid program id", "A program id is a UUID.");
        }
    }

    private static long issueId(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new KeystoneProblem(400, "INVALID_ISSUE_ID", "Invalid issue id",
                    "parentIssueId is the numeric id Jira gives the issue, e.g. 10001.");
        }
        return Long.parseLong(value);
    }
}
