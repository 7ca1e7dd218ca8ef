package app.keystone.program.rollup;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads rollups: a program's sums (and per project) and an issue's descendants' sums. Reads are a handful of
 * indexed rows however large the program, because the writer keeps the sums; "today" is applied here, so
 * overdue needs no nightly job.
 */
@RestController
class RollupController {

    private final JdbcClient db;
    private final RollupStore store;
    private final Visibility visibility;
    private final ProgramRollupReader programs;
    private final Clock clock;
    private final ZoneId zone;

    RollupController(JdbcClient db, RollupStore store, Visibility visibility, ProgramRollupReader programs,
                     @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.db = db;
        this.store = store;
        this.visibility = visibility;
        this.programs = programs;
        this.clock = Clock.systemUTC();
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/api/programs/{programId}/rollup")
    RollupView.ProgramRollup program(TenantContext tenant, @PathVariable String programId,
                                     @RequestParam(required = false) Long seed) {
        return programs.read(tenant, uuid(programId), seed);
    }

    @GetMapping("/api/issues/{issueId}/rollup")
    RollupView.IssueRollup issue(TenantContext tenant, @PathVariable String issueId) {
        if (issueId.isEmpty() || issueId.length() > 18 || !issueId.chars().allMatch(Character::isDigit)) {
            throw new KeystoneProblem(400, "INVALID_ISSUE_ID", "Invalid issue id",
                    "An issue id is the numeric id Jira gives the issue, e.g. 10001.");
        }
        long id = Long.parseLong(issueId);
        String project = db.sql("select project_key from rollup_node where tenant_id = :t and issue_id = :id")
                .param("t", tenant.tenantId().value()).param("id", id).query(String.class).optional().orElse(null);
        if (project != null && visibility.browsable(tenant, List.of(project)).isEmpty()) {
            throw new KeystoneProblem(404, "ISSUE_NOT_MIRRORED", "Issue not mirrored",
                    "Keystone has no rollup for issue " + id + " that you may see.");
        }
        Figures figures = db.sql("select * from rollup_node where tenant_id = :t and issue_id = :id and not deleted")
                .param("t", tenant.tenantId().value()).param("id", id).query((rs, n) -> Figures.read(rs)).optional()
                .orElseThrow(() -> new KeystoneProblem(404, "ISSUE_NOT_MIRRORED", "Issue not mirrored",
                        "Keystone has no rollup for issue " + id + " yet; it appears once Jira reports it."));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        DateCounts dates = store.nodeDateFacts(tenant.tenantId(), List.of(id), today).getOrDefault(id, new DateCounts());
        return new RollupView.IssueRollup(issueId, Instant.now(clock).toString(),
                RollupView.of(figures, dates, today, pointsField(tenant)));
    }

    private String pointsField(TenantContext tenant) {
        return db.sql("""
                select coalesce(story_points_override, story_points_field) from jira_field_config where tenant_id = :t""")
                .param("t", tenant.tenantId().value()).query(String.class).optional().orElse(null);
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new KeystoneProblem(400, "INVALID_PROGRAM_ID", "Invalid program id", "A program id is a UUID.");
        }
    }
}
