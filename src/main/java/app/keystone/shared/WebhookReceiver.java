package app.keystone.shared;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where a Jira webhook delivery goes once the front door has verified which site sent it. The front door (connect)
 * owns HTTP and the token; the receiver (jira) owns what a delivery means. It is an interface here so that neither
 * module knows the other, and so the webhook path needs no Spring MVC dispatch: it is the busiest path Keystone has.
 */
public interface WebhookReceiver {

    /**
     * Validates and stores one delivery; returns once it is committed (the caller then answers 204).
     *
     * @param tenant     from the verified token, never from the request
     * @param path       what follows {@code /webhooks/} in the request path
     * @param identifier {@code X-Atlassian-Webhook-Identifier}, or null
     * @param retry      {@code X-Atlassian-Webhook-Retry}, or null
     * @param body       the request body, not yet read: the receiver reads it with its own size limit
     * @throws KeystoneProblem 4xx for a delivery that must not be retried as it is, 503 for one that could not be
     *                         stored (Jira retries it)
     * @throws IOException     when the body cannot be read (the client went away)
     */
    void receive(TenantId tenant, String path, String identifier, String retry, InputStream body) throws IOException;
}
