package app.keystone.sandbox.faults;

import app.keystone.sandbox.SandboxProfile;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/**
 * The site's fault switches: rate limits, server errors and slow answers on its REST API, so Keystone's
 * retry and back-off paths can be exercised in tests and shown in demos. One instance per site, shared by
 * every caller; tests must {@link #reset()} after use. Draws come from a seeded generator, so a given
 * seed and sequence of calls always injects the same faults.
 */
@Component
@SandboxProfile
public class SandboxFaults {

    /** Fixed, so a fresh or reset site injects the same faults for the same calls. */
    public static final long DEFAULT_SEED = 20261126L;

    public enum Kind { NONE, RATE_LIMITED, SERVER_ERROR, SLOW }

    /**
     * @param status  HTTP status to answer instead of handling the call (429, 500, 503); 0 to handle it
     * @param delayMs how long to wait before handling it
     */
    public record Decision(Kind kind, int status, long delayMs, int retryAfterSeconds) {
        static final Decision PASS = new Decision(Kind.NONE, 0, 0, 0);
    }

    public record Counters(long rateLimited, long serverErrors, long slowed) {
    }

    private FaultSettings settings = FaultSettings.OFF;
    private RandomGenerator random = new Random(DEFAULT_SEED);
    private long rateLimited;
    private long serverErrors;
    private long slowed;

    public synchronized FaultSettings settings() {
        return settings;
    }

    public synchronized void set(FaultSettings settings) {
        this.settings = settings;
    }

    public synchronized Counters counters() {
        return new Counters(rateLimited, serverErrors, slowed);
    }

    /** Switches everything off, zeroes the counters and restarts the draws from the default seed. */
    public synchronized void reset() {
        settings = FaultSettings.OFF;
        random = new Random(DEFAULT_SEED);
        rateLimited = 0;
        serverErrors = 0;
        slowed = 0;
    }

    public synchronized void reseed(long seed) {
        random = new Random(seed);
    }

    /** For tests that script the draws themselves. */
    public synchronized void useRandom(RandomGenerator generator) {
        random = generator;
    }

    /** What to do with the next REST call; counts what it injects. */
    public synchronized Decision next() {
        FaultSettings s = settings;
        if (s.nextRateLimited() > 0) {
            settings = new FaultSettings(s.rateLimitShare(), s.retryAfterSeconds(), s.serverErrorShare(),
                    s.slowShare(), s.slowMs(), s.nextRateLimited() - 1, s.nextServerErrors());
            return rateLimit(s);
        }
        if (s.nextServerErrors() > 0) {
            settings = new FaultSettings(s.rateLimitShare(), s.retryAfterSeconds(), s.serverErrorShare(),
                    s.slowShare(), s.slowMs(), s.nextRateLimited(), s.nextServerErrors() - 1);
            serverErrors++;
            return new Decision(Kind.SERVER_ERROR, 503, 0, s.retryAfterSeconds());
        }
        // no draws while everything is off, so switching faults on later starts from the same sequence
        if (s.rateLimitShare() > 0 || s.serverErrorShare() > 0) {
            double draw = random.nextDouble();
            if (draw < s.rateLimitShare()) {
                return rateLimit(s);
            }
            if (draw < s.rateLimitShare() + s.serverErrorShare()) {
                serverErrors++;
                return random.nextBoolean() ? new Decision(Kind.SERVER_ERROR, 500, 0, 0)
                        : new Decision(Kind.SERVER_ERROR, 503, 0, s.retryAfterSeconds());
            }
        }
        if (s.slowShare() > 0 && s.slowMs() > 0 && random.nextDouble() < s.slowShare()) {
            slowed++;
            return new Decision(Kind.SLOW, 0, s.slowMs(), 0);
        }
        return Decision.PASS;
    }

    private Decision rateLimit(FaultSettings s) {
        rateLimited++;
        return new Decision(Kind.RATE_LIMITED, 429, 0, s.retryAfterSeconds());
    }
}
