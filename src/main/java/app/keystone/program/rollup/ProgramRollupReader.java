package app.keystone.program.rollup;

import app.keystone.program.ProgramHealthReader;
import app.keystone.program.forecast.ForecastCache;
import app.keystone.program.forecast.MonteCarloForecast;
import app.keystone.program.forecast.Throughput;
import app.keystone.program.health.ProgramHealth;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A program's rollup as one user may see it: the maintained sums of the projects they may browse, per project and
 * in total, cross-project dependency counts, the seeded forecast and the health that follows. Shared by the
 * program page and the portfolio; as the app (every project counts), the health other modules read.
 */
@Component
class ProgramRollupReader implements ProgramHealthReader {

    /** Weeks of throughput the forecast samples, and its trials: enough for stable percentiles, fast enough to read. */
    static final int FORECAST_WEEKS = 8;
    static final int FORECAST_TRIALS = 5_000;
    static final long DEFAULT_SEED = 20261126L;

    private final JdbcClient db;
    private final Dependencies dependencies;
    private final Visibility visibility;
    private final Throughput throughput;
    private final ForecastCache forecasts;
    private final ProgramHealth health;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;

    ProgramRollupReader(JdbcClient db, Dependencies dependencies, Visibility visibility, Throughput throughput,
                        ForecastCache forecasts, ProgramHealth health, @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.db = db;
        this.dependencies = dependencies;
        this.visibility = visibility;
        this.throughput = throughput;
        this.forecasts = forecasts;
        this.health = health;
        this.zone = ZoneId.of(zone);
    }

    RollupView.ProgramRollup read(TenantContext tenant, UUID id, Long seed) {
        Map<String, Object> program = program(tenant.tenantId(), id).orElseThrow(() -> new KeystoneProblem(404,
                "PROGRAM_NOT_FOUND", "Program not found", "No program " + id + " on this site."));
        // only the projects the user may browse count, in the total too
        Assessed a = assess(tenant.tenantId(), id, program, keys -> visibility.browsable(tenant, keys),
                () -> visibleProjects(tenant), seed);
        return new RollupView.ProgramRollup(id.toString(), Instant.now(clock).toString(), a.figures(),
                new RollupView.DependencyCounts(a.deps().crossProject(), a.deps().offTrack()), a.projects(),
                a.health(), a.forecast());
    }

    /** As the app: every project of the program counts, with the default seed (see {@link ProgramHealthReader}). */
    @Override
    public Optional<ProgramHealthReader.Health> health(TenantId tenant, UUID id) {
        return program(tenant, id).map(program -> {
            ProgramHealth.Health h = assess(tenant, id, program, keys -> Set.copyOf(keys),
                    () -> visibility.siteProjects(tenant), null).health();
            return new ProgramHealthReader.Health(h.status(), h.reasons(), h.overridden());
        });
    }

    private record Assessed(RollupView.FiguresView figures, List<RollupView.ProjectRollup> projects,
                            Dependencies.Counts deps, ProgramHealth.Health health,
                            MonteCarloForecast.Forecast forecast) {
    }

    private Optional<Map<String, Object>> program(TenantId tenant, UUID id) {
        return db.sql("""
                select target_date, status_override, status_override_reason from program where id = :p and tenant_id = :t""")
                .param("p", id).param("t", tenant.value()).query().listOfRows().stream().findFirst();
    }

    /**
     * The figures, forecast, dependencies and health of the program over the projects {@code visible} keeps of its
     * projects, with dependencies counted among {@code dependencyProjects}.
     */
    private Assessed assess(TenantId tenant, UUID id, Map<String, Object> program,
                            UnaryOperator<Set<String>> visibleOf, Supplier<Set<String>> dependencyProjects, Long seed) {
        Map<String, Figures> perProject = new TreeMap<>();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, DateCounts> dates = new TreeMap<>();
        db.sql(PER_PROJECT).param("p", id).param("today", today).param("open", NodeState.DUE_OPEN)
                .param("due", NodeState.DUE).param("start", NodeState.START)
                .query((rs, n) -> {
                    perProject.put(rs.getString("project_key"), Figures.read(rs));
                    dates.put(rs.getString("project_key"), DateCounts.facts(rs.getLong("overdue"),
                            rs.getObject("latest_due", LocalDate.class), rs.getObject("earliest_start", LocalDate.class),
                            today));
                    return null;
                }).list();
        Set<String> visible = visibleOf.apply(perProject.keySet());
        perProject.keySet().retainAll(visible);
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
        MonteCarloForecast.Forecast forecast = forecasts.forecast(
                throughput.remaining(tenant, id, visible),
                throughput.weekly(tenant, id, FORECAST_WEEKS, today, visible), FORECAST_TRIALS,
                seed == null ? DEFAULT_SEED : seed, today, "level-0 items");
        LocalDate target = program.get("target_date") == null ? null : ((java.sql.Date) program.get("target_date")).toLocalDate();
        Dependencies.Counts deps = dependencies.count(tenant, id, today, dependencyProjects.get());
        ProgramHealth.Health assessed = health.assess(tenant, id, new ProgramHealth.Input(
                figures.issues().total() - figures.issues().done(), figures.blocked(), figures.overdue(), target,
                forecast, (String) program.get("status_override"), (String) program.get("status_override_reason"),
                deps.offTrack()));
        return new Assessed(figures, projects, deps, assessed, forecast);
    }

    /**
     * Per project of the program, its maintained sums and the three facts a view takes from its date histograms —
     * open items due before today, latest due, earliest start — each read from the primary key of
     * rollup_program_date (program, project, kind, day): a range of the open items' due days before today, and one
     * end of the due and start days (rows at zero are deleted by the writer; {@code n > 0} is a guard). A 250k-issue
     * program has ~40k histogram rows (projects × kinds × days); folding them all per read took ~10 ms, and merging
     * them into TreeMaps in Java before that about half the read's CPU (docs/benchmarks.md).
     */
    private static final String PER_PROJECT = """
            select r.*,
                   (select coalesce(sum(d.n), 0) from rollup_program_date d
                    where d.program_id = r.program_id and d.project_key = r.project_key and d.kind = :open
                      and d.day < :today and d.n > 0) as overdue,
                   (select max(d.day) from rollup_program_date d
                    where d.program_id = r.program_id and d.project_key = r.project_key and d.kind = :due
                      and d.n > 0) as latest_due,
                   (select min(d.day) from rollup_program_date d
                    where d.program_id = r.program_id and d.project_key = r.project_key and d.kind = :start
                      and d.n > 0) as earliest_start
            from rollup_program r where r.program_id = :p""";

    /** Every project either end of a dependency may sit in, narrowed to what the user may browse. */
    private Set<String> visibleProjects(TenantContext tenant) {
        return visibility.browsable(tenant, visibility.siteProjects(tenant));
    }

    private String pointsField(TenantId tenant) {
        return db.sql("""
                select coalesce(story_points_override, story_points_field) from jira_field_config where tenant_id = :t""")
                .param("t", tenant.value()).query(String.class).optional().orElse(null);
    }
}
