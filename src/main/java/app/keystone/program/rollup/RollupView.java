package app.keystone.program.rollup;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import app.keystone.program.forecast.MonteCarloForecast;
import app.keystone.program.health.ProgramHealth;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The rollup figures as the API shows them (api.md "Programs and rollups"). */
final class RollupView {

    private RollupView() {
    }

    record Issues(long total, @JsonProperty("new") long newCount, long indeterminate, long done, Map<String, Long> byLevel) {
    }

    record Estimate(String field, BigDecimal total, BigDecimal done, long unestimatedIssues) {
    }

    record Time(long originalSeconds, long remainingSeconds, long spentSeconds) {
    }

    record PercentComplete(Double byCount, Double byEstimate, Double byTime) {
    }

    record Dates(LocalDate earliestStart, LocalDate latestDue) {
    }

    record FiguresView(Issues issues, Estimate estimate, Time time, PercentComplete percentComplete, long overdue,
                       long blocked, Dates dates) {
    }

    // the figures sit beside the ids, as api.md shows them
    record ProjectRollup(String projectKey, @JsonUnwrapped FiguresView figures) {
    }

    record DependencyCounts(long crossProject, long offTrack) {
    }

    record ProgramRollup(String programId, String asOf, @JsonUnwrapped FiguresView figures,
                         DependencyCounts dependencies, List<ProjectRollup> perProject, ProgramHealth.Health health,
                         MonteCarloForecast.Forecast forecast) {
    }

    record IssueRollup(String issueId, String asOf, @JsonUnwrapped FiguresView figures) {
    }

    static FiguresView of(Figures f, DateCounts dates, LocalDate today, String pointsField) {
        Map<String, Long> byLevel = new java.util.LinkedHashMap<>();
        String[] levels = {"-1", "0", "1", "2", "3+"};
        for (int i = 0; i < levels.length; i++) {
            byLevel.put(levels[i], f.get(Figures.LEVEL_SUB + i));
        }
        long overdue = 0;
        LocalDate earliestStart = null;
        LocalDate latestDue = null;
        for (var e : dates.counts.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            LocalDate day = e.getKey().day();
            switch (e.getKey().kind()) {
                case NodeState.DUE_OPEN -> overdue += day.isBefore(today) ? e.getValue() : 0;
                case NodeState.DUE -> latestDue = latestDue == null || day.isAfter(latestDue) ? day : latestDue;
                case NodeState.START -> earliestStart = earliestStart == null || day.isBefore(earliestStart)
                        ? day : earliestStart;
                default -> { }
            }
        }
        long spent = f.get(Figures.T_SPENT);
        long remaining = f.get(Figures.T_REMAINING);
        return new FiguresView(
                new Issues(f.get(Figures.TOTAL), f.get(Figures.NEW), f.get(Figures.INDETERMINATE), f.get(Figures.DONE),
                        byLevel),
                new Estimate(pointsField, f.pointsTotal.stripTrailingZeros(), f.pointsDone.stripTrailingZeros(),
                        f.get(Figures.UNESTIMATED)),
                new Time(f.get(Figures.T_ORIGINAL), remaining, spent),
                new PercentComplete(percent(f.get(Figures.DONE), f.get(Figures.TOTAL)),
                        percent(f.pointsDone, f.pointsTotal), percent(spent, spent + remaining)),
                overdue, f.get(Figures.BLOCKED), new Dates(earliestStart, latestDue));
    }

    /** Null when there is nothing to divide by: "0 %" of nothing would be a lie. */
    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    private static Double percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }
}
