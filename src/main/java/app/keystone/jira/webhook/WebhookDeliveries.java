package app.keystone.jira.webhook;

import app.keystone.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The jira module's record of deliveries, one row per tenant and webhook identifier. */
@Component
class WebhookDeliveries {

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this delivery was already recorded (a retry or a duplicate). */
    boolean record(TenantId tenant, String webhookId, WebhookEvent event, int retry, String payload) {
        return jdbc.sql("""
                insert into jira_webhook_delivery (tenant_id, webhook_id, event, retry_count, payload)
                values (:tenant, :webhookId, :event, :retry, cast(:payload as jsonb))
                on conflict (tenant_id, webhook_id) do nothing
                """)
                .param("tenant", tenant.value())
                .param("webhookId", webhookId)
                .param("event", event.jiraName())
                .param("retry", retry)
                .param("payload", payload)
                .update() == 1;
    }
}
