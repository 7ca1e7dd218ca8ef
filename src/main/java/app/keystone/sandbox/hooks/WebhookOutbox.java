package app.keystone.sandbox.hooks;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.shell.AppDescriptor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where the site queues the webhooks a change causes. Call it inside the change's transaction: the rows
 * commit with the change or not at all (an outbox), and the delivery worker is woken after the commit.
 * An event the app did not subscribe to in its descriptor is not queued, as on a real site.
 */
@Component
@SandboxProfile
public class WebhookOutbox {

    public enum Flow { Primary, Secondary }

    private final JdbcClient db;
    private final ObjectMapper json;
    private final AppDescriptor descriptor;
    private final SandboxWebhooks webhooks;
    private volatile List<AppDescriptor.Webhook> subscriptions;

    WebhookOutbox(JdbcClient db, AppDescriptor descriptor, SandboxWebhooks webhooks) {
        this.db = db;
        // a plain mapper: the payload is a tree whose nulls must stay (Keystone's mapper is tuned for its API)
        this.json = new ObjectMapper();
        this.descriptor = descriptor;
        this.webhooks = webhooks;
    }

    /**
     * Queues {@code payload} for every descriptor webhook subscribed to {@code event}, each with a fresh
     * X-Atlassian-Webhook-Identifier.
     * @param subject what the shell shows: an issue key, "link 12345", "project PAY"
     * @return how many deliveries were queued
     */
    public int enqueue(String event, ObjectNode payload, Flow flow, String subject) {
        String body = serialize(payload);
        long delayMs = webhooks.switches().delayMs();
        int queued = 0;
        for (AppDescriptor.Webhook w : subscriptions()) {
            if (!w.event().equals(event)) {
                continue;
            }
            db.sql("""
                    insert into sandbox_webhook_delivery (identifier, event, url, payload, flow, subject, next_attempt_at)
                    values (:identifier, :event, :url, :payload, :flow, :subject,
                            clock_timestamp() + make_interval(secs => :delay / 1000.0))""")
                    .param("identifier", UUID.randomUUID().toString()).param("event", event).param("url", w.url())
                    .param("payload", body).param("flow", flow.name()).param("subject", subject)
                    .param("delay", delayMs).update();
            queued++;
        }
        if (queued > 0) {
            wakeAfterCommit();
        }
        return queued;
    }

    private List<AppDescriptor.Webhook> subscriptions() {
        // read once: the app's descriptor only changes when Keystone restarts, and with it this JVM
        List<AppDescriptor.Webhook> cached = subscriptions;
        if (cached == null) {
            cached = List.copyOf(descriptor.webhooks());
            subscriptions = cached;
        }
        return cached;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    webhooks.wake();
                }
            });
        } else {
            webhooks.wake();
        }
    }

    private String serialize(ObjectNode payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload is not serializable", e);
        }
    }
}
