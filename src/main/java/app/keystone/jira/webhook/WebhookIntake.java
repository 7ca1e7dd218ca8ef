package app.keystone.jira.webhook;

import app.keystone.jira.payload.PayloadException;
import app.keystone.jira.payload.WebhookPayload;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import app.keystone.shared.WebhookReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Jira's webhook deliveries, handed over by the connect module's webhook filter once it has verified the JWT (HS256
 * with the site's shared secret and a qsh computed over the request URL — never a context token). This records each
 * delivery once per {@code X-Atlassian-Webhook-Identifier}, after checking the payload carries what the mirror needs,
 * and returns once the row is committed (group commit: {@link InboxGroupCommit}); {@link WebhookWorker} applies it.
 * Unknown fields are ignored: Jira adds fields without notice.
 */
@Component
class WebhookIntake implements WebhookReceiver {

    static final int MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;
    static final int MAX_IDENTIFIER_LENGTH = 255;

    private final InboxGroupCommit inbox;
    private final WebhookApplier applier;
    private final WebhookWorker worker;
    private final ObjectMapper json;

    WebhookIntake(InboxGroupCommit inbox, WebhookApplier applier, WebhookWorker worker, ObjectMapper json) {
        this.inbox = inbox;
        this.applier = applier;
        this.worker = worker;
        this.json = json;
    }

    @Override
    public void receive(TenantId tenant, String path, String webhookId, String retryHeader, InputStream in)
            throws IOException {
        int retry = retry(retryHeader);
        WebhookEvent event = WebhookEvent.byPath(path).orElseThrow(() -> new KeystoneProblem(404,
                "WEBHOOK_NOT_FOUND", "Unknown webhook", "Keystone subscribes to no webhook at '" + path + "'."));
        // one byte past the limit is enough to know: a huge body is never held in memory whole
        byte[] body = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        if (body.length > MAX_PAYLOAD_BYTES) {
            // discarded, not refused mid-upload: a sender still writing would see a reset connection, not the 413
            in.transferTo(OutputStream.nullOutputStream());
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
            parsed = applier.parse(tenant, declared, payload);
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
            inbox.store(new InboxGroupCommit.Row(tenant, id, event, Math.max(0, retry),
                    StorableJson.of(new String(body, StandardCharsets.UTF_8), payload, json), parsed.timestamp()));
        } catch (DataAccessException e) {
            // the only 5xx a webhook gets: Jira retries it later
            throw new KeystoneProblem(503, "EVENT_NOT_STORED", "Event not stored",
                    "Keystone could not store this event right now; Jira will retry it.");
        }
        worker.nudge();
    }

    /** Jira counts its retries from 1; a first delivery has no header. */
    private static int retry(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(header.trim());
        } catch (NumberFormatException e) {
            throw new KeystoneProblem(400, "BAD_REQUEST", "Bad Request",
                    "Failed to convert 'X-Atlassian-Webhook-Retry' with value: '" + header + "'");
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new KeystoneProblem(400, "MALFORMED_BODY", "Malformed request body",
                    "The request body is missing or is not valid JSON.");
        }
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
