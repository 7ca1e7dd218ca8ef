package app.keystone.program.health;

import app.keystone.program.HealthReason;
import app.keystone.program.HealthReason.HealthStatus;
import app.keystone.program.ProgramHealthContributor;
import app.keystone.program.forecast.MonteCarloForecast;
import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * GREEN / AMBER / RED with the reasons that produced it. The program's own rules — schedule (forecast P85 against
 * the target date), blocked share and overdue share of open work — plus whatever other modules contribute through
 * {@link ProgramHealthContributor}. The worst reason decides; a TPM's override replaces the status and says so.
 */
@Component
public class ProgramHealth {

    /** Shares of open items at which blocked / overdue work turns a program AMBER, then RED. */
    static final double BLOCKED_AMBER = 0.10;
    static final double BLOCKED_RED = 0.25;
    static final double OVERDUE_AMBER = 0.05;
    static final double OVERDUE_RED = 0.20;
    /** Off-track cross-project dependencies from which a program is RED rather than AMBER. */
    static final long OFF_TRACK_RED = 3;
    /** A forecast this far past the target is RED rather than AMBER. */
    static final long LATE_RED_DAYS = 14;

    private final List<ProgramHealthContributor> contributors;

    ProgramHealth(List<ProgramHealthContributor> contributors) {
        this.contributors = contributors;
    }

    public record Input(long openItems, long blocked, long overdue, LocalDate targetDate,
                        MonteCarloForecast.Forecast forecast, String overrideStatus, String overrideReason,
                        long offTrackDependencies) {
    }

    public record Health(HealthStatus status, List<HealthReason> reasons, boolean overridden) {
    }

    public Health assess(TenantId tenant, UUID programId, Input in) {
        List<HealthReason> reasons = new ArrayList<>();
        schedule(in, reasons);
        share(reasons, in.blocked(), in.openItems(), BLOCKED_AMBER, BLOCKED_RED, "BLOCKED_SHARE", "blocked");
        share(reasons, in.overdue(), in.openItems(), OVERDUE_AMBER, OVERDUE_RED, "OVERDUE_SHARE", "overdue");
        if (in.offTrackDependencies() > 0) {
            reasons.add(new HealthReason(in.offTrackDependencies() >= OFF_TRACK_RED ? HealthStatus.RED : HealthStatus.AMBER,
                    "DEPENDENCIES_OFF_TRACK", in.offTrackDependencies()
                    + " cross-project dependencies are off track (blocker overdue or due after the work it blocks)."));
        }
        for (ProgramHealthContributor contributor : contributors) {
            reasons.addAll(contributor.reasons(tenant, programId));
        }
        HealthStatus status = reasons.stream().map(HealthReason::status).reduce(HealthStatus.GREEN, HealthStatus::worse);
        if (in.overrideStatus() != null) {
            reasons.add(0, new HealthReason(HealthStatus.valueOf(in.overrideStatus()), "OVERRIDDEN",
                    "Set by hand: " + in.overrideReason() + " (the rules say " + status + ")."));
            return new Health(HealthStatus.valueOf(in.overrideStatus()), reasons, true);
        }
        return new Health(status, reasons, false);
    }

    /** The share rules alone, for an issue's subtree (no target date there): what `keystone.rollup.health` says. */
    public static HealthStatus byShares(long openItems, long blocked, long overdue) {
        List<HealthReason> reasons = new ArrayList<>();
        share(reasons, blocked, openItems, BLOCKED_AMBER, BLOCKED_RED, "BLOCKED_SHARE", "blocked");
        share(reasons, overdue, openItems, OVERDUE_AMBER, OVERDUE_RED, "OVERDUE_SHARE", "overdue");
        return reasons.stream().map(HealthReason::status).reduce(HealthStatus.GREEN, HealthStatus::worse);
    }

    private static void schedule(Input in, List<HealthReason> reasons) {
        if (in.targetDate() == null) {
            return;
        }
        LocalDate p85 = in.forecast() == null ? null : in.forecast().p85();
        if (p85 == null) {
            if (in.openItems() > 0) {
                reasons.add(new HealthReason(HealthStatus.AMBER, "NO_PACE",
                        "No work finished in recent weeks, so Keystone cannot tell whether the target "
                                + in.targetDate() + " holds."));
            }
            return;
        }
        long late = ChronoUnit.DAYS.between(in.targetDate(), p85);
        if (late > LATE_RED_DAYS) {
            reasons.add(new HealthReason(HealthStatus.RED, "FORECAST_LATE", "At the recent pace the work finishes around "
                    + p85 + " (85 % likely), " + late + " days after the target " + in.targetDate() + "."));
        } else if (late > 0) {
            reasons.add(new HealthReason(HealthStatus.AMBER, "FORECAST_LATE", "At the recent pace the work finishes around "
                    + p85 + " (85 % likely), " + late + " days after the target " + in.targetDate() + "."));
        } else {
            reasons.add(new HealthReason(HealthStatus.GREEN, "ON_SCHEDULE", "85 % likely to finish by " + p85
                    + ", before the target " + in.targetDate() + "."));
        }
    }

    private static void share(List<HealthReason> reasons, long part, long open, double amber, double red, String code,
                              String what) {
        if (open == 0 || part == 0) {
            return;
        }
        double share = (double) part / open;
        HealthStatus status = share > red ? HealthStatus.RED : share > amber ? HealthStatus.AMBER : HealthStatus.GREEN;
        if (status != HealthStatus.GREEN) {
            reasons.add(new HealthReason(status, code, part + " of " + open + " open items (" + Math.round(share * 100)
                    + " %) are " + what + "."));
        }
    }
}
