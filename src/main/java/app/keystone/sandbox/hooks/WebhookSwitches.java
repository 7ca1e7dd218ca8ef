package app.keystone.sandbox.hooks;

/**
 * How unreliable the simulated site's webhook delivery is, so Keystone can be tested against what Jira
 * really does: send some events twice ({@code duplicateShare}), late ({@code delayMs}), out of order
 * ({@code reorder}: each drained batch is shuffled), or never ({@code dropShare}); {@code retryBackoffMs} is the
 * first retry's delay (doubling after each failed attempt).
 */
public record WebhookSwitches(double duplicateShare, long delayMs, boolean reorder, double dropShare,
                              long retryBackoffMs) {

    /** Reliable and quick: the sandbox default (Jira's real backoff is minutes; nobody waits that long here). */
    public static final WebhookSwitches DEFAULT = new WebhookSwitches(0, 0, false, 0, 1000);

    private static final long MAX_MS = 600_000;

    /** @throws IllegalArgumentException naming the first value out of range */
    public WebhookSwitches {
        share("duplicateShare", duplicateShare);
        share("dropShare", dropShare);
        millis("delayMs", delayMs, 0);
        millis("retryBackoffMs", retryBackoffMs, 1);
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }

    private static void millis(String name, long value, long min) {
        if (value < min || value > MAX_MS) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + MAX_MS);
        }
    }
}
