package app.keystone.automation;

import app.keystone.shared.PollingLoop;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the trigger outbox on every node. Each trigger runs in its own transaction holding its row lock: the firing
 * row, the run log entry and the trigger's deletion commit together, so a crash mid-run leaves the trigger to run
 * again and a finished run never runs twice. A failing run is retried with exponential backoff and, after
 * {@code keystone.automation.max-attempts} (or at once when a retry cannot help), logged as FAILED.
 */
@Component
class AutomationWorker {

    private static final Logger log = LoggerFactory.getLogger(AutomationWorker.class);
    private static final long MAX_BACKOFF_MS = 3_600_000;

    private final TriggerOutbox outbox;
    private final RuleSettings settings;
    private final RunLog runs;
    private final TransactionTemplate tx;
    private final Map<RuleType, RuleAction> actions = new EnumMap<>(RuleType.class);
    private final int batchSize;
    private final int maxAttempts;
    private final long retryBaseMs;
    private final PollingLoop loop;

    AutomationWorker(TriggerOutbox outbox, RuleSettings settings, RunLog runs, TransactionTemplate tx,
                     List<RuleAction> actions,
                     @Value("${keystone.automation.workers:1}") int workers,
                     @Value("${keystone.automation.batch-size:50}") int batchSize,
                     @Value("${keystone.automation.poll-interval-ms:500}") long pollMillis,
                     @Value("${keystone.automation.max-attempts:6}") int maxAttempts,
                     @Value("${keystone.automation.retry-base-ms:5000}") long retryBaseMs) {
        this.outbox = outbox;
        this.settings = settings;
        this.runs = runs;
        this.tx = tx;
        actions.forEach(a -> this.actions.put(a.type(), a));
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.retryBaseMs = retryBaseMs;
        this.loop = new PollingLoop("automation-worker", workers, pollMillis, this::drainOnce);
    }

    /** A trigger queued on this node has committed: run it now rather than at the next poll. */
    @TransactionalEventListener
    void queued(TriggerQueued e) {
        loop.nudge();
    }

    /** The worker threads, started and stopped with the application (see {@link AutomationLoop}). */
    PollingLoop loop() {
        return loop;
    }

    /** Runs up to a batch of due triggers on the calling thread; returns how many it handled. */
    int drainOnce() {
        int handled = 0;
        while (handled < batchSize && runOne()) {
            handled++;
        }
        return handled;
    }

    private boolean runOne() {
        Failure failure;
        try {
            Optional<Trigger> ran = tx.execute(status -> outbox.claim().map(t -> {
                execute(t);
                return t;
            }));
            return ran != null && ran.isPresent();
        } catch (Failure f) {
            failure = f; // its transaction rolled back: no firing, no run; the trigger is still queued
        }
        Trigger t = failure.trigger;
        boolean last = !failure.cause.retry() || t.attempts() + 1 >= maxAttempts;
        tx.executeWithoutResult(status -> {
            if (last) {
                if (outbox.fire(t)) {
                    runs.add(t, Outcome.FAILED, failure.cause.getMessage()
                            + (failure.cause.retry() ? " (gave up after " + (t.attempts() + 1) + " attempts)" : ""));
                }
                outbox.done(t.id());
            } else {
                long delay = Math.min(MAX_BACKOFF_MS, retryBaseMs << Math.min(t.attempts(), 20));
                outbox.retryLater(t.id(), delay, failure.cause.getMessage());
            }
        });
        log.info("Automation rule {} failed on {} (attempt {}{}): {}", t.ruleKey(), t.firingKey(), t.attempts() + 1,
                last ? ", final" : "", failure.cause.getMessage());
        return true;
    }

    private void execute(Trigger t) {
        if (!outbox.fire(t)) {
            outbox.done(t.id()); // this cause already made the rule act (duplicate, replay, another node)
            return;
        }
        RuleType type = RuleType.byKey(t.ruleKey()).orElse(null);
        RuleAction action = type == null ? null : actions.get(type);
        if (action == null) {
            runs.add(t, Outcome.SKIPPED, "Keystone no longer has a rule " + t.ruleKey() + ".");
        } else {
            RuleConfig config = settings.get(t.tenant(), type);
            if (!config.enabled()) {
                runs.add(t, Outcome.SKIPPED, "The rule was switched off before it ran.");
            } else {
                RuleAction.Result result;
                try {
                    result = action.run(t, config);
                } catch (RuleAction.RuleFailed e) {
                    throw new Failure(t, e);
                } catch (RuntimeException e) {
                    throw new Failure(t, new RuleAction.RuleFailed("Unexpected error: " + e.getMessage(), true, e));
                }
                runs.add(t, result.outcome(), result.detail());
            }
        }
        outbox.done(t.id());
    }

    /** Carries a failed run out of its transaction, so the transaction rolls back before the failure is recorded. */
    private static final class Failure extends RuntimeException {

        private final transient Trigger trigger;
        private final RuleAction.RuleFailed cause;

        Failure(Trigger trigger, RuleAction.RuleFailed cause) {
            super(cause.getMessage(), cause, false, false);
            this.trigger = trigger;
            this.cause = cause;
        }
    }
}
