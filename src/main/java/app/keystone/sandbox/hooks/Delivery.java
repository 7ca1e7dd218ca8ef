package app.keystone.sandbox.hooks;

import java.time.Instant;

/**
 * One HTTP attempt the site made, kept in memory for tests: {@code retry} is the X-Atlassian-Webhook-Retry
 * value sent (0 = header absent), {@code status} the answer (0 = no answer: connection failure or timeout).
 */
public record Delivery(long outboxId, String identifier, String event, String url, int retry, boolean duplicate,
                       int status, Instant at) {
}
