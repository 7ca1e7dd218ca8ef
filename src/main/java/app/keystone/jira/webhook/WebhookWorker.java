package app.keystone.jira.webhook;

import java.util.List;
import app.keystone.shared.PollingLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains the inbox into the mirror. Each pass claims a batch with SKIP LOCKED and applies it in one transaction;
 * if any event in it fails, the batch rolls back and its events are applied one by one, so one bad event is
 * retried (then parked) alone while the rest go through. Idle workers sleep until {@link #nudge()} (a webhook
 * stored on this node) or the poll interval (one stored on another node) wakes them.
 */
@Component
class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final WebhookInbox inbox;
    private final WebhookApplier applier;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final PollingLoop loop;

    WebhookWorker(WebhookInbox inbox, WebhookApplier applier, TransactionTemplate tx,
                  @Value("${keystone.pipeline.workers:2}") int threads,
                  @Value("${keystone.pipeline.batch-size:200}") int batchSize,
                  @Value("${keystone.pipeline.poll-interval-ms:250}") long pollMillis) {
        this.inbox = inbox;
        this.applier = applier;
        this.tx = tx;
        this.batchSize = batchSize;
        this.loop = new PollingLoop("webhook-worker", threads, pollMillis, this::drainOnce);
    }

    void nudge() {
        loop.nudge();
    }

    /** Applies whatever is due now, on the calling thread; returns how many events it handled. */
    int drainOnce() {
        List<WebhookInbox.Delivery> batch;
        try {
            batch = tx.execute(status -> {
                List<WebhookInbox.Delivery> claimed = inbox.claim(batchSize);
                List<WebhookApplier.Parsed> parsed = new java.util.ArrayList<>();
                for (WebhookInbox.Delivery d : claimed) {
                    parsed.add(parseOrThrow(d));
                }
                parsed.sort(WebhookApplier.Parsed.LOCK_ORDER);
                parsed.forEach(applier::apply);
                inbox.markDone(claimed);
                return claimed;
            });
        } catch (RuntimeException batchFailure) {
            return oneByOne();
        }
        return batch == null ? 0 : batch.size();
    }

    private int oneByOne() {
        List<WebhookInbox.Delivery> due = tx.execute(status -> inbox.claim(batchSize));
        int handled = 0;
        for (WebhookInbox.Delivery candidate : due == null ? List.<WebhookInbox.Delivery>of() : due) {
            try {
                tx.executeWithoutResult(status -> inbox.claimOne(candidate).forEach(d -> {
                    applyOrThrow(d);
                    inbox.markDone(d);
                }));
            } catch (RuntimeException e) {
                String reason = reason(e);
                log.warn("Webhook {} of tenant {} failed (attempt {}): {}", candidate.webhookId(),
                        candidate.tenant().value(), candidate.attempts() + 1, reason);
                tx.executeWithoutResult(status -> inbox.markFailed(candidate, reason));
            }
            handled++;
        }
        return handled;
    }

    /** The innermost cause says what went wrong (Spring's wrapper repeats the whole SQL statement). */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }

    private WebhookApplier.Parsed parseOrThrow(WebhookInbox.Delivery d) {
        try {
            return applier.parse(d);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private void applyOrThrow(WebhookInbox.Delivery d) {
        try {
            applier.apply(d);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }


    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }
}
