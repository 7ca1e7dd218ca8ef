package app.keystone.program.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cycle time and throughput from status-category entries. An issue's cycle starts at its first observed entry into
 * 'indeterminate' (in progress) and ends at its next entry into 'done'; going back to 'new' cancels the start, and a
 * reopened issue starts a new cycle when work resumes. Entries Keystone did not observe (the first state it saw of
 * an issue) never start a cycle. An issue counts once, with its last cycle ending inside the window
 * ({@code from}, {@code to}]; throughput counts the issues that entered done in the window, observed or not.
 */
final class CycleTime {

    private CycleTime() {
    }

    /** One entry into a status category. */
    record Change(long issueId, Instant at, String category, boolean firstSeen) {
    }

    record Stats(int issues, Double medianDays, Double p85Days) {
    }

    /** @param changes in time order per issue (issues may interleave) */
    static Stats cycleTimes(List<Change> changes, Instant from, Instant to) {
        Map<Long, List<Change>> byIssue = group(changes);
        List<Double> days = new ArrayList<>();
        for (List<Change> history : byIssue.values()) {
            Double last = null;
            Instant start = null;
            for (Change c : history) {
                switch (c.category()) {
                    case "indeterminate" -> start = start == null && !c.firstSeen() ? c.at() : start;
                    case "done" -> {
                        if (start != null && c.at().isAfter(from) && !c.at().isAfter(to)) {
                            last = Duration.between(start, c.at()).toMillis() / 86_400_000.0;
                        }
                        start = null;
                    }
                    default -> start = null;
                }
            }
            if (last != null) {
                days.add(last);
            }
        }
        double[] sorted = days.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.85));
    }

    /** Issues that entered done in ({@code from}, {@code to}]. */
    static int finished(List<Change> changes, Instant from, Instant to) {
        Set<Long> done = new HashSet<>();
        for (Change c : changes) {
            if ("done".equals(c.category()) && c.at().isAfter(from) && !c.at().isAfter(to)) {
                done.add(c.issueId());
            }
        }
        return done.size();
    }

    /**
     * Linear interpolation between the closest ranks (R-7, as spreadsheets' PERCENTILE.INC): the median of an even
     * count is the mean of the middle two. Null for no values.
     */
    static Double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return null;
        }
        double rank = p * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(sorted.length - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    static double[] sorted(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static Map<Long, List<Change>> group(List<Change> changes) {
        Map<Long, List<Change>> byIssue = new LinkedHashMap<>();
        for (Change c : changes) {
            byIssue.computeIfAbsent(c.issueId(), k -> new ArrayList<>()).add(c);
        }
        return byIssue;
    }
}
