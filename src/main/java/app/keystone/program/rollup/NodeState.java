package app.keystone.program.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What one issue contributes to the rollups of its ancestors and programs — the inputs, as mirrored. The
 * definitions (issue 5): counts include every level; estimates are story points of level-0 issues (unestimated
 * = level 0 without points); blocked = not done with an open blocker; dates feed overdue, earliest start and
 * latest due through histograms.
 */
record NodeState(long issueId, Long parentId, String projectKey, String issueType, List<String> labels,
                 boolean deleted, int level, String category, BigDecimal points, Long timeOriginal,
                 Long timeRemaining, Long timeSpent, boolean blocked, LocalDate dueDate, LocalDate startDate,
                 LocalDate resolvedOn) {

    static final short DUE_OPEN = 1;
    static final short DUE = 2;
    static final short START = 3;
    /** Level-0 items resolved (done) on a day: the forecast's weekly throughput. */
    static final short RESOLVED_LEVEL0 = 4;

    boolean done() {
        return "done".equals(category);
    }

    /** The issue's own figures; a deleted issue contributes nothing. */
    Figures figures() {
        Figures f = Figures.zero();
        if (deleted) {
            return f;
        }
        f.counts[Figures.TOTAL] = 1;
        f.counts[switch (category) {
            case "done" -> Figures.DONE;
            case "indeterminate" -> Figures.INDETERMINATE;
            default -> Figures.NEW;
        }] = 1;
        f.counts[Figures.LEVEL_SUB + Math.max(0, Math.min(4, level + 1))] = 1;
        if (level == 0) {
            if (points == null) {
                f.counts[Figures.UNESTIMATED] = 1;
            } else {
                f.pointsTotal = points;
                f.pointsDone = done() ? points : BigDecimal.ZERO;
            }
        }
        f.counts[Figures.T_ORIGINAL] = timeOriginal == null ? 0 : timeOriginal;
        f.counts[Figures.T_REMAINING] = timeRemaining == null ? 0 : timeRemaining;
        f.counts[Figures.T_SPENT] = timeSpent == null ? 0 : timeSpent;
        f.counts[Figures.BLOCKED] = blocked && !done() ? 1 : 0;
        f.counts[Figures.LEVEL0_DONE] = level == 0 && done() ? 1 : 0;
        return f;
    }

    /** The issue's own date histogram entries. */
    DateCounts dates() {
        DateCounts d = new DateCounts();
        if (deleted) {
            return d;
        }
        if (dueDate != null) {
            d.add(DUE, dueDate, 1);
            if (!done()) {
                d.add(DUE_OPEN, dueDate, 1);
            }
        }
        if (startDate != null) {
            d.add(START, startDate, 1);
        }
        if (level == 0 && done() && resolvedOn != null) {
            d.add(RESOLVED_LEVEL0, resolvedOn, 1);
        }
        return d;
    }
}
