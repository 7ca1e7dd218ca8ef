package app.keystone.shared;

/** 429: the caller sent more than its share; the web edge adds {@code Retry-After} with these seconds. */
public class RateLimited extends KeystoneProblem {

    private final long retryAfterSeconds;

    public RateLimited(String code, String detail, long retryAfterSeconds) {
        super(429, code, "Too many requests", detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
