package app.keystone.program.rollup;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A sparse histogram of dates per kind (see NodeState's DUE_OPEN/DUE/START); additive like Figures. */
final class DateCounts {

    record Key(short kind, LocalDate day) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byKind = Short.compare(kind, o.kind);
            return byKind != 0 ? byKind : day.compareTo(o.day);
        }
    }

    final Map<Key, Long> counts = new TreeMap<>();

    void add(short kind, LocalDate day, long n) {
        counts.merge(new Key(kind, day), n, Long::sum);
        if (counts.get(new Key(kind, day)) == 0) {
            counts.remove(new Key(kind, day));
        }
    }

    DateCounts add(DateCounts other, int sign) {
        other.counts.forEach((k, n) -> add(k.kind(), k.day(), sign * n));
        return this;
    }

    DateCounts copy() {
        return new DateCounts().add(this, 1);
    }

    /**
     * The three facts a view takes from a histogram — open items due before {@code today}, the latest due day, the
     * earliest start day — as a histogram of at most three entries that {@link RollupView#of} reads, and sums across
     * histograms, exactly as the full one. Reads fold the histograms in PostgreSQL and build this.
     */
    static DateCounts facts(long overdue, LocalDate latestDue, LocalDate earliestStart, LocalDate today) {
        DateCounts d = new DateCounts();
        if (overdue > 0) {
            d.add(NodeState.DUE_OPEN, today.minusDays(1), overdue);
        }
        if (latestDue != null) {
            d.add(NodeState.DUE, latestDue, 1);
        }
        if (earliestStart != null) {
            d.add(NodeState.START, earliestStart, 1);
        }
        return d;
    }

    boolean isEmpty() {
        return counts.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateCounts d && counts.equals(d.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(counts);
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
