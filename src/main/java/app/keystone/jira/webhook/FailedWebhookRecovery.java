package app.keystone.jira.webhook;

import app.keystone.jira.payload.PayloadException;
import app.keystone.jira.payload.WebhookPayload;
import app.keystone.jira.rest.JiraClient;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pulls the webhooks Jira gave up on ({@code GET /rest/api/3/webhook/failed}, wire formats §3.10) into the inbox
 * under their original identifier, so one that did arrive after all is not stored twice. Entries without a body
 * are left to the reconcile sweep, which re-reads recently updated issues.
 */
@Component
public class FailedWebhookRecovery {

    private static final Logger log = LoggerFactory.getLogger(FailedWebhookRecovery.class);

    private final JiraClient jira;
    private final WebhookInbox inbox;
    private final WebhookApplier applier;
    private final WebhookWorker worker;
    private final ObjectMapper json;

    FailedWebhookRecovery(JiraClient jira, WebhookInbox inbox, WebhookApplier applier, WebhookWorker worker,
                          ObjectMapper json) {
        this.jira = jira;
        this.inbox = inbox;
        this.applier = applier;
        this.worker = worker;
        this.json = json;
    }

    public record Result(int recovered, Long lastFailureTime) {
    }

    /** Reads failures after {@code afterMillis} (null: all Jira still keeps, ~72 h). */
    public Result recover(TenantId tenant, Long afterMillis) {
        String path = "/rest/api/3/webhook/failed?maxResults=100" + (afterMillis == null ? "" : "&after=" + afterMillis);
        int recovered = 0;
        Long last = afterMillis;
        for (int pageNo = 0; path != null && pageNo < 100; pageNo++) {
            JsonNode page = jira.get(tenant, path);
            JsonNode values = page.path("values");
            for (JsonNode failed : values) {
                last = Math.max(last == null ? 0 : last, failed.path("failureTime").asLong(0));
                if (store(tenant, failed)) {
                    recovered++;
                }
            }
            path = values.isEmpty() ? null : nextPath(page.path("next").asText(null));
        }
        if (recovered > 0) {
            worker.nudge();
        }
        return new Result(recovered, last);
    }

    private boolean store(TenantId tenant, JsonNode failed) {
        String id = failed.path("id").asText(null);
        String body = failed.path("body").asText(null);
        if (id == null || body == null) {
            return false;
        }
        try {
            JsonNode payload = json.readTree(body);
            String declared = payload.path("webhookEvent").asText("");
            Optional<WebhookEvent> event = WebhookEvent.byJiraName(declared);
            if (event.isEmpty()) {
                return false;
            }
            WebhookPayload parsed = applier.parse(tenant, declared, payload);
            return inbox.record(tenant, id, event.get(), 0, body, parsed.timestamp());
        } catch (IOException | PayloadException e) {
            log.warn("Skipping failed webhook {} of tenant {}: {}", id, tenant.value(), e.getMessage());
            return false;
        }
    }

    /** Follows Jira's `next` link verbatim (it may say `failedAfter` where the docs say `after`), relative to the site. */
    private static String nextPath(String next) {
        if (next == null || next.isBlank()) {
            return null;
        }
        URI uri = URI.create(next);
        String path = uri.getRawPath();
        int rest = path.indexOf("/rest/");
        return rest < 0 ? null : path.substring(rest) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
