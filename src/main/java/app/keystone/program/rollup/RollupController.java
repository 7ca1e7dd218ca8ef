package app.keystone.program.rollup;

import app.keystone.program.forecast.MonteCarloForecast;
import app.keystone.program.forecast.Throughput;
import app.keystone.program.health.ProgramHealth;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    /** Weeks of throughput the forecast samples, and its trials: enough for stable percentiles, fast enough to read. */
    static final int FORECAST_WEEKS = 8;
    static final int FORECAST_TRIALS = 5_000;
    static final long DEFAULT_SEED = 20261126L;

    private final JdbcClient db;
    private final RollupStore store;
    private final Throughput throughput;
    private final ProgramHealth health;
    private final Clock clock;
    private final ZoneId zone;

    RollupController(JdbcClient db, RollupStore store, Throughput throughput, ProgramHealth health,
                     @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.db = db;
        this.store = store;
        this.throughput = throughput;
        this.health = health;
        this.clock = Clock.systemUTC();
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/api/programs/{programId}/rollup")
    RollupView.ProgramRollup program(TenantContext tenant, @PathVariable String programId,
                                     @RequestParam(required = false) Long seed) {
        UUID id = uuid(programId);
        Map<String, Object> program = db.sql("""
                select target_date, status_override, status_override_reason from program where id = :p and tenant_id = :t""")
                .param("p", id).param("t", tenant.tenantId().value()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found",
                        "No program " + id + " on this site."));
        Map<String, Figures> perProject = new TreeMap<>();
        db.sql("select * from rollup_program where program_id = :p").param("p", id)
                .query((rs, n) -> perProject.put(rs.getString("project_key"), Figures.read(rs))).list();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, DateCounts> dates = summaries(id, today);
        String field = pointsField(tenant);
        Figures total = Figures.zero();
        DateCounts totalDates = new DateCounts();
        List<RollupView.ProjectRollup> projects = new ArrayList<>();
        for (var e : perProject.entrySet()) {
            if (e.getValue().get(Figures.TOTAL) == 0) {
                continue;
            }
            DateCounts d = dates.getOrDefault(e.getKey(), new DateCounts());
            total.add(e.getValue(), 1);
            totalDates.add(d, 1);
            projects.add(new RollupView.ProjectRollup(e.getKey(), RollupView.of(e.getValue(), d, today, field)));
        }
        RollupView.FiguresView figures = RollupView.of(total, totalDates, today, field);
        MonteCarloForecast.Forecast forecast = MonteCarloForecast.forecast(throughput.remaining(tenant.tenantId(), id),
                throughput.weekly(tenant.tenantId(), id, FORECAST_WEEKS, today), FORECAST_TRIALS,
                seed == null ? DEFAULT_SEED : seed, today, "level-0 items");
        LocalDate target = program.get("target_date") == null ? null : ((java.sql.Date) program.get("target_date")).toLocalDate();
        ProgramHealth.Health assessed = health.assess(tenant.tenantId(), id, new ProgramHealth.Input(
                figures.issues().total() - figures.issues().done(), figures.blocked(), figures.overdue(), target,
                forecast, (String) program.get("status_override"), (String) program.get("status_override_reason")));
        return new RollupView.ProgramRollup(id.toString(), Instant.now(clock).toString(), figures, projects, assessed,
                forecast);
    }

    @GetMapping("/api/issues/{issueId}/rollup")
    RollupView.IssueRollup issue(TenantContext tenant, @PathVariable String issueId) {
        if (issueId.isEmpty() || issueId.length() > 18 || !issueId.chars().allMatch(Character::isDigit)) {
            throw new KeystoneProblem(400, "INVALID_ISSUE_ID", "Invalid issue id",
                    "An issue id is the numeric id Jira gives the issue, e.g. 10001.");
        }
        long id = Long.parseLong(issueId);
        Figures figures = db.sql("select * from rollup_node where tenant_id = :t and issue_id = :id and not deleted")
                .param("t", tenant.tenantId().value()).param("id", id).query((rs, n) -> Figures.read(rs)).optional()
                .orElseThrow(() -> new KeystoneProblem(404, "ISSUE_NOT_MIRRORED", "Issue not mirrored",
                        "Keystone has no rollup for issue " + id + " yet; it appears once Jira reports it."));
        DateCounts dates = store.nodeDates(tenant.tenantId(), id);
        return new RollupView.IssueRollup(issueId, Instant.now(clock).toString(),
                RollupView.of(figures, dates, LocalDate.now(clock.withZone(zone)), pointsField(tenant)));
    }

    /**
     * Per project, the three facts a view takes from the date histograms — open items due before today, latest due,
     * earliest start — folded by PostgreSQL and returned as a histogram of at most three entries that
     * {@link RollupView#of} reads exactly as the full one (and that sum across projects the same way). A 250k-issue
     * program has ~40k histogram rows (projects × kinds × days); merging them into TreeMaps here took about half the
     * read's CPU (JFR, docs/benchmarks.md).
     */
    private Map<String, DateCounts> summaries(UUID programId, LocalDate today) {
        Map<String, DateCounts> dates = new TreeMap<>();
        db.sql("""
                select project_key,
                       coalesce(sum(n) filter (where kind = :open and n > 0 and day < :today), 0) as overdue,
                       max(day) filter (where kind = :due and n > 0) as latest_due,
                       min(day) filter (where kind = :start and n > 0) as earliest_start
                from rollup_program_date where program_id = :p group by project_key""")
                .param("p", programId).param("today", today).param("open", NodeState.DUE_OPEN)
                .param("due", NodeState.DUE).param("start", NodeState.START)
                .query((rs, n) -> {
                    DateCounts d = dates.computeIfAbsent(rs.getString(1), k -> new DateCounts());
                    if (rs.getLong(2) > 0) {
                        d.add(NodeState.DUE_OPEN, today.minusDays(1), rs.getLong(2));
                    }
                    if (rs.getObject(3) != null) {
                        d.add(NodeState.DUE, rs.getObject(3, LocalDate.class), 1);
                    }
                    if (rs.getObject(4) != null) {
                        d.add(NodeState.START, rs.getObject(4, LocalDate.class), 1);
                    }
                    return null;
                }).list();
        return dates;
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
