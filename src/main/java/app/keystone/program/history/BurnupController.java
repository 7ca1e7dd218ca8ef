package app.keystone.program.history;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/programs/{programId}/burnup?from=&to=}: scope and done per day, by count and story points.
 * Days with a snapshot show it (today's is refreshed on read); earlier days, before Keystone took snapshots, are
 * reconstructed from the mirror (created and resolved dates of today's scope) and say so — they cannot know about
 * work that left the scope or was reopened.
 */
@RestController
class BurnupController {

    static final int MAX_DAYS = 731;

    private final JdbcClient db;
    private final Snapshots snapshots;
    private final Baselines baselines;
    private final Reconstructions reconstructions;
    private final Clock clock = Clock.systemUTC();

    BurnupController(JdbcClient db, Snapshots snapshots, Baselines baselines, Reconstructions reconstructions) {
        this.db = db;
        this.snapshots = snapshots;
        this.baselines = baselines;
        this.reconstructions = reconstructions;
    }

    record Day(LocalDate date, long scope, long done, BigDecimal scopePoints, BigDecimal donePoints,
               boolean reconstructed) {
    }

    record Burnup(String programId, LocalDate from, LocalDate to, List<Day> days, Baselines.Baseline baseline,
                  Baselines.ScopeChange scopeChange) {
    }

    @GetMapping("/api/programs/{programId}/burnup")
    Burnup burnup(TenantContext tenant, @PathVariable String programId, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to) {
        UUID id = uuid(programId);
        Map<String, Object> program = db.sql("select start_date from program where id = :p and tenant_id = :t")
                .param("p", id).param("t", tenant.tenantId().value()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found",
                        "No program " + id + " on this site."));
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : date("to", to);
        LocalDate start = from != null ? date("from", from) : program.get("start_date") != null
                ? ((java.sql.Date) program.get("start_date")).toLocalDate() : today.minusWeeks(8);
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw new KeystoneProblem(400, "INVALID_RANGE", "Invalid date range",
                    "'from' must not be after 'to', and a burn-up covers at most " + MAX_DAYS + " days.");
        }
        snapshots.take(tenant.tenantId(), id, today);
        Map<LocalDate, Day> taken = new TreeMap<>();
        db.sql("""
                select day, scope_count, done_count, scope_points, done_points from program_snapshot
                where program_id = :p and day between :from and :to""")
                .param("p", id).param("from", start).param("to", end)
                .query((rs, n) -> taken.put(rs.getObject(1, LocalDate.class), new Day(rs.getObject(1, LocalDate.class),
                        rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4).stripTrailingZeros(),
                        rs.getBigDecimal(5).stripTrailingZeros(), false))).list();
        List<Day> days = new ArrayList<>();
        Reconstruction past = null;
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            Day day = taken.get(d);
            if (day == null && !d.isAfter(today)) {
                past = past == null ? reconstruct(tenant.tenantId(), id) : past;
                day = past.at(d);
            }
            if (day != null) {
                days.add(day);
            }
        }
        Baselines.Baseline baseline = baselines.find(tenant.tenantId(), id).orElse(null);
        Day current = today.isAfter(end) || today.isBefore(start) ? day(tenant.tenantId(), id, today)
                : days.stream().filter(d -> d.date().equals(today)).findFirst().orElse(null);
        return new Burnup(id.toString(), start, end, days, baseline,
                baseline == null || current == null ? null : Baselines.change(baseline, current));
    }

    /** One day's figures: its snapshot (today's refreshed first), else reconstructed from the mirror. */
    Day day(TenantId tenant, UUID programId, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.equals(today)) {
            snapshots.take(tenant, programId, today);
        }
        return db.sql("""
                select day, scope_count, done_count, scope_points, done_points from program_snapshot
                where program_id = :p and day = :day""")
                .param("p", programId).param("day", date)
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getBigDecimal(5).stripTrailingZeros(), false))
                .optional().orElseGet(() -> reconstruct(tenant, programId).at(date));
    }

    /** Asked for at most once per request, and only when a day has no snapshot. */
    private Reconstruction reconstruct(TenantId tenant, UUID programId) {
        return reconstructions.of(tenant, programId);
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new KeystoneProblem(400, "INVALID_DATE", "Invalid date", "'" + name + "' must be a date like 2026-12-31.");
        }
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new KeystoneProblem(400, "INVALID_PROGRAM_ID", "Invalid program id", "A program id is a UUID.");
        }
    }
}
