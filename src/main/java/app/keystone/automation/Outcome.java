package app.keystone.automation;

/** How a rule run ended, as the run log shows it. */
enum Outcome {
    /** The rule did what it does (sent, created, updated). */
    ACTED,
    /** The rule is in dry run: {@code detail} says what it would have done; nothing was done. */
    DRY_RUN,
    /** The rule had nothing to do; {@code detail} says why. */
    SKIPPED,
    /** The rule could not act (after its retries); {@code detail} holds the reason. */
    FAILED
}
