package app.keystone.automation;

/** What one rule type does with a trigger. Implementations are beans; the worker finds them by type. */
interface RuleAction {

    RuleType type();

    /**
     * Acts on the trigger (or, in dry run, says what it would do) and reports it. Throws {@link RuleFailed} when it
     * could not act; the worker retries transient failures with backoff and logs the last one as FAILED.
     */
    Result run(Trigger trigger, RuleConfig config);

    record Result(Outcome outcome, String detail) {
    }

    /** The rule could not act; {@code retry} says whether trying again later may succeed. */
    final class RuleFailed extends RuntimeException {

        private final boolean retry;

        RuleFailed(String reason, boolean retry, Throwable cause) {
            super(reason, cause);
            this.retry = retry;
        }

        boolean retry() {
            return retry;
        }
    }
}
