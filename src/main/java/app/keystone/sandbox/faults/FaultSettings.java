package app.keystone.sandbox.faults;

/**
 * What the fault switches are set to. Shares are probabilities per call; the two "next" counters are a
 * deterministic queue consumed before any share is drawn (rate limits first, then server errors).
 *
 * @param rateLimitShare    share of calls answered 429 (0..1)
 * @param retryAfterSeconds the 429's (and 503's) {@code Retry-After} (1..3600)
 * @param serverErrorShare  share of calls answered 500 or 503 (0..1; with rateLimitShare at most 1)
 * @param slowShare         share of the remaining calls delayed by {@code slowMs} before normal handling (0..1)
 * @param slowMs            the delay (0..60000)
 * @param nextRateLimited   the next N calls get 429 (0..100000)
 * @param nextServerErrors  then the next N calls get 503 (0..100000)
 */
public record FaultSettings(double rateLimitShare, int retryAfterSeconds, double serverErrorShare, double slowShare,
                            long slowMs, int nextRateLimited, int nextServerErrors) {

    public static final FaultSettings OFF = new FaultSettings(0, 5, 0, 0, 1000, 0, 0);

    /** @throws IllegalArgumentException naming the first value out of range */
    public FaultSettings {
        share("rateLimitShare", rateLimitShare);
        share("serverErrorShare", serverErrorShare);
        share("slowShare", slowShare);
        if (rateLimitShare + serverErrorShare > 1.0 + 1e-9) {
            throw new IllegalArgumentException("rateLimitShare + serverErrorShare must not exceed 1");
        }
        range("retryAfterSeconds", retryAfterSeconds, 1, 3600);
        range("slowMs", slowMs, 0, 60_000);
        range("nextRateLimited", nextRateLimited, 0, 100_000);
        range("nextServerErrors", nextServerErrors, 0, 100_000);
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }

    private static void range(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
    }
}
