package app.keystone.sandbox.data;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Fills in the plausible parts of an issue (people, estimates, dates) from a seeded Random, relative to
 * the clock's "today", so the same seed always gives the same site and the dates stay around now.
 */
final class IssueFactory {

    private static final int[] FIBONACCI = {1, 2, 3, 5, 8, 13};
    private static final long HOUR = 3600;

    private final Random random;
    private final OffsetDateTime now;
    private final LocalDate today;

    IssueFactory(Random random, Clock clock) {
        this.random = random;
        this.now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        this.today = now.toLocalDate();
    }

    Random random() {
        return random;
    }

    OffsetDateTime now() {
        return now;
    }

    IssueRow issue(long id, String key, long projectId, long typeId, int level, long statusId, String summary,
                   Long parentId, List<String> labels) {
        boolean done = Catalog.isDone(statusId);
        boolean started = statusId != Catalog.TO_DO;
        // higher levels were planned earlier; everything lies within the last four weeks
        int ageDays = level > 0 ? 22 + random.nextInt(6) : 3 + random.nextInt(22);
        OffsetDateTime created = now.minusDays(ageDays).minusMinutes(random.nextInt(600));
        long sinceCreated = Duration.between(created, now).toMinutes();
        OffsetDateTime updated = created.plusMinutes(started ? sinceCreated / 3 + random.nextInt((int) (sinceCreated * 2 / 3)) : random.nextInt(240));

        BigDecimal points = null;
        Long original = null;
        Long spent = null;
        Long remaining = null;
        if (level <= 0) {
            long estimate;
            if (level == 0) {
                int p = FIBONACCI[random.nextInt(FIBONACCI.length)];
                points = BigDecimal.valueOf(p);
                estimate = p * 4 * HOUR;
            } else {
                estimate = (2 + random.nextInt(7)) * HOUR;
            }
            original = estimate;
            if (done) {
                spent = estimate * (80 + random.nextInt(50)) / 100;
                remaining = 0L;
            } else if (started) {
                spent = estimate * (20 + random.nextInt(50)) / 100;
                remaining = Math.max(0, estimate - spent);
            } else {
                remaining = estimate;
            }
        }

        LocalDate start = started || random.nextBoolean() ? created.toLocalDate().plusDays(random.nextInt(3)) : null;
        LocalDate due = switch (level) {
            case 2 -> today.plusDays(40 + random.nextInt(20));
            case 1 -> today.plusDays(-4 + random.nextInt(35));
            default -> today.plusDays(-8 + random.nextInt(24));
        };
        boolean flagged = !done && level <= 0 && random.nextInt(100) < 8;
        String assignee = level < 1 && !started && random.nextInt(4) == 0 ? null : DemoUsers.accountId(random.nextInt(64));
        String reporter = DemoUsers.accountId(random.nextInt(64));
        return new IssueRow(id, key, projectId, typeId, statusId, summary, parentId, assignee, reporter, points,
                original, remaining, spent, start, due, labels, flagged, created, updated, done ? updated : null);
    }
}
