package app.keystone.jira.webhook;

import app.keystone.jira.payload.PayloadException;
import app.keystone.jira.payload.WebhookPayload;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jira's webhook deliveries. The connect module's webhook filter has verified the JWT (HS256 with the site's shared
 * secret and a qsh computed over this URL — never a context token); this records each delivery once per
 * {@code X-Atlassian-Webhook-Identifier}, after checking the payload carries what the mirror needs, and
 * acknowledges once the row is committed (group commit: {@link InboxGroupCommit}); {@link WebhookWorker} applies it. Unknown fields are ignored: Jira adds fields without notice.
 */
@RestController
class WebhookController {

    static final int MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;
    static final int MAX_IDENTIFIER_LENGTH = 255;

    private final InboxGroupCommit intake;
    private final WebhookApplier applier;
    private final WebhookWorker worker;
    private final ObjectMapper json;

    WebhookController(InboxGroupCommit intake, WebhookApplier applier, WebhookWorker worker, ObjectMapper json) {
        this.intake = intake;
        this.applier = applier;
        this.worker = worker;
        this.json = json;
    }

    @PostMapping("/webhooks/{path}")
    ResponseEntity<Void> receive(TenantContext tenant, @PathVariable String path,
                                 @RequestHeader(name = "X-Atlassian-Webhook-Identifier", required = false) String webhookId,
                                 @RequestHeader(name = "X-Atlassian-Webhook-Retry", defaultValue = "0") int retry,
                                 @RequestBody byte[] body) {
        WebhookEvent event = WebhookEvent.byPath(path).orElseThrow(() -> new KeystoneProblem(404,
                "WEBHOOK_NOT_FOUND", "Unknown webhook", "Keystone subscribes to no webhook at '" + path + "'."));
        if (body.length > MAX_PAYLOAD_BYTES) {
            throw new KeystoneProblem(413, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "A webhook payload may not exceed " + MAX_PAYLOAD_BYTES + " bytes.");
        }
        JsonNode payload = parse(body);
        String declared = payload.path("webhookEvent").asText("");
        if (!event.jiraName().equals(declared)) {
            throw new KeystoneProblem(400, "WEBHOOK_EVENT_MISMATCH", "Wrong webhook event",
                    "This address receives '" + event.jiraName() + "' but the payload says '" + declared + "'.");
        }
        WebhookPayload parsed;
        try {
            parsed = applier.parse(tenant.tenantId(), declared, payload);
        } catch (PayloadException e) {
            throw new KeystoneProblem(400, "INVALID_WEBHOOK_PAYLOAD", "Invalid webhook payload", e.getMessage());
        }
        if (webhookId != null && webhookId.length() > MAX_IDENTIFIER_LENGTH) {
            throw new KeystoneProblem(400, "INVALID_WEBHOOK_IDENTIFIER", "Invalid webhook identifier",
                    "X-Atlassian-Webhook-Identifier may not exceed " + MAX_IDENTIFIER_LENGTH + " characters.");
        }
        // without an identifier, the body itself is the stable key: a re-sent body is the same event
        String id = webhookId == null || webhookId.isBlank() ? "sha256:" + sha256(body) : webhookId;
        try {
            intake.store(new InboxGroupCommit.Row(tenant.tenantId(), id, event, Math.max(0, retry),
                    StorableJson.of(new String(body, StandardCharsets.UTF_8), payload, json), parsed.timestamp()));
        } catch (DataAccessException e) {
            // the only 5xx a webhook gets: Jira retries it later
            throw new KeystoneProblem(503, "EVENT_NOT_STORED", "Event not stored",
                    "Keystone could not store this event right now; Jira will retry it.");
        }
        worker.nudge();
        return ResponseEntity.noContent().build();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // fall through to the problem below
        }
        throw new KeystoneProblem(400, "MALFORMED_BODY", "Malformed webhook payload",
                "A webhook payload must be a JSON object.");
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
