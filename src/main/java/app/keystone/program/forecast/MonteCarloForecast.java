package app.keystone.program.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When will the remaining work be done, at the pace of recent weeks? Each trial draws a past week's throughput
 * for every future week until the remaining items are done; the percentiles of the finish dates over all trials
 * are the forecast. A given seed gives the same answer every time.
 */
public final class MonteCarloForecast {

    static final int MAX_WEEKS = 520;

    private MonteCarloForecast() {
    }

    public record Forecast(LocalDate p50, LocalDate p85, LocalDate p95, Basis basis) {
    }

    public record Basis(long remainingItems, List<Integer> weeklyThroughput, int trials, long seed, String unit,
                        String note) {
    }

    public static Forecast forecast(long remaining, List<Integer> weeklyThroughput, int trials, long seed,
                                    LocalDate today, String unit) {
        if (remaining <= 0) {
            return new Forecast(today, today, today, new Basis(0, weeklyThroughput, 0, seed, unit, "Nothing remains."));
        }
        if (weeklyThroughput.stream().allMatch(w -> w <= 0)) {
            return new Forecast(null, null, null, new Basis(remaining, weeklyThroughput, 0, seed, unit,
                    "No " + unit + " were finished in the sampled weeks, so there is no pace to project."));
        }
        // primitives and SplittableRandom: a large program at a slow pace runs trials x 520 weeks of draws, and a
        // boxed list with java.util.Random made this most of a program read's CPU (JFR, docs/benchmarks.md)
        int[] pace = weeklyThroughput.stream().mapToInt(Integer::intValue).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        int[] weeks = new int[trials];
        for (int t = 0; t < trials; t++) {
            long left = remaining;
            int week = 0;
            while (left > 0 && week < MAX_WEEKS) {
                left -= pace[random.nextInt(pace.length)];
                week++;
            }
            weeks[t] = week;
        }
        Arrays.sort(weeks);
        return new Forecast(finish(today, weeks, 0.50), finish(today, weeks, 0.85), finish(today, weeks, 0.95),
                new Basis(remaining, weeklyThroughput, trials, seed, unit,
                        "Each future week draws one of the sampled weeks' throughput."));
    }

    private static LocalDate finish(LocalDate today, int[] sortedWeeks, double percentile) {
        int index = (int) Math.ceil(percentile * sortedWeeks.length) - 1;
        return today.plusWeeks(sortedWeeks[Math.max(0, index)]);
    }
}
