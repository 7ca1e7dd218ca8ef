package app.keystone.program.rollup;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The additive part of a rollup: counts by status category and hierarchy level, story points, time tracking,
 * blocked issues. Sums of issues' own figures, so adding and subtracting keeps them exact under any change.
 * Column names match rollup_node and rollup_program.
 */
final class Figures {

    static final List<String> COUNTS = List.of("n_total", "n_new", "n_indeterminate", "n_done", "n_lvl_sub", "n_lvl0",
            "n_lvl1", "n_lvl2", "n_lvl3", "n_unestimated", "t_original_sum", "t_remaining_sum", "t_spent_sum",
            "n_blocked", "n_lvl0_done");
    static final List<String> POINTS = List.of("pts_total", "pts_done");

    static final int TOTAL = 0;
    static final int NEW = 1;
    static final int INDETERMINATE = 2;
    static final int DONE = 3;
    static final int LEVEL_SUB = 4;
    static final int UNESTIMATED = 9;
    static final int T_ORIGINAL = 10;
    static final int T_REMAINING = 11;
    static final int T_SPENT = 12;
    static final int BLOCKED = 13;
    static final int LEVEL0_DONE = 14;

    final long[] counts = new long[COUNTS.size()];
    BigDecimal pointsTotal = BigDecimal.ZERO;
    BigDecimal pointsDone = BigDecimal.ZERO;

    static Figures zero() {
        return new Figures();
    }

    static Figures read(ResultSet rs) throws SQLException {
        Figures f = new Figures();
        for (int i = 0; i < COUNTS.size(); i++) {
            f.counts[i] = rs.getLong(COUNTS.get(i));
        }
        f.pointsTotal = rs.getBigDecimal("pts_total");
        f.pointsDone = rs.getBigDecimal("pts_done");
        return f;
    }

    Figures copy() {
        Figures f = new Figures();
        System.arraycopy(counts, 0, f.counts, 0, counts.length);
        f.pointsTotal = pointsTotal;
        f.pointsDone = pointsDone;
        return f;
    }

    /** this += sign * other */
    Figures add(Figures other, int sign) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += sign * other.counts[i];
        }
        pointsTotal = sign > 0 ? pointsTotal.add(other.pointsTotal) : pointsTotal.subtract(other.pointsTotal);
        pointsDone = sign > 0 ? pointsDone.add(other.pointsDone) : pointsDone.subtract(other.pointsDone);
        return this;
    }

    boolean isZero() {
        return Arrays.stream(counts).allMatch(c -> c == 0) && pointsTotal.signum() == 0 && pointsDone.signum() == 0;
    }

    long get(int index) {
        return counts[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && Arrays.equals(counts, f.counts)
                && pointsTotal.compareTo(f.pointsTotal) == 0 && pointsDone.compareTo(f.pointsDone) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(counts), pointsTotal.stripTrailingZeros(), pointsDone.stripTrailingZeros());
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                s.append(COUNTS.get(i)).append('=').append(counts[i]).append(' ');
            }
        }
        return s.append("pts=").append(pointsTotal.stripTrailingZeros().toPlainString()).append('/')
                .append(pointsDone.stripTrailingZeros().toPlainString()).append('}').toString();
    }
}
