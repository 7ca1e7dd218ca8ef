package app.keystone.automation;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbound endpoint for Jira Automation's "Send web request" and its secret's admin endpoints. The inbound path is
 * the one path of {@code /api/**} without a context JWT (Jira Automation cannot get one): the per-site secret in
 * {@code Authorization: Bearer} names the site. Checked in this order, so nothing about a site leaks to a caller
 * without its secret: secret (401), rate (429), rule (404), payload (400), issue (404).
 */
@RestController
@Tag(name = "Automation")
class InboundController {

    static final int MAX_BODY = 64 * 1024;
    private static final String BEARER = "Bearer ";

    private final InboundSecrets secrets;
    private final InboundLimiter limiter;
    private final Inbound inbound;
    private final JiraPermissions permissions;
    private final ObjectMapper json;

    InboundController(InboundSecrets secrets, InboundLimiter limiter, Inbound inbound, JiraPermissions permissions,
                      ObjectMapper json) {
        this.secrets = secrets;
        this.limiter = limiter;
        this.inbound = inbound;
        this.permissions = permissions;
        this.json = json;
    }

    @PostMapping("/api/automation/inbound/{ruleKey}")
    @Operation(summary = "Called by Jira Automation with the site's secret: create/update an issue's risk, or set its RACI")
    ResponseEntity<Map<String, Object>> receive(@PathVariable String ruleKey,
                                                @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                                String authorization,
                                                @RequestBody(required = false) String body) {
        TenantId tenant = authenticate(authorization);
        limiter.acquire(tenant);
        if (!Inbound.known(ruleKey)) {
            throw Inbound.unknown(ruleKey);
        }
        Inbound.Answer answer = inbound.handle(tenant, ruleKey, parse(body));
        return ResponseEntity.status(answer.status()).body(answer.body());
    }

    @GetMapping("/api/automation/inbound")
    @Operation(summary = "Whether the inbound secret is set, its last four characters and when it was made (admins)")
    InboundSecrets.Status status(TenantContext tenant) {
        permissions.requireSiteAdmin(tenant);
        return secrets.status(tenant.tenantId());
    }

    @PostMapping("/api/automation/inbound/secret")
    @Operation(summary = "Make a new inbound secret, shown once; the previous one stops working (admins)")
    @Transactional
    Map<String, String> rotate(TenantContext tenant) {
        permissions.requireSiteAdmin(tenant);
        return Map.of("secret", secrets.rotate(tenant.tenantId()));
    }

    private TenantId authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || authorization.length() == BEARER.length()) {
            throw new KeystoneProblem(401, "INBOUND_SECRET_REQUIRED", "Authentication required",
                    "Send the site's inbound secret as 'Authorization: Bearer <secret>' (Keystone's admin page).");
        }
        String secret = authorization.substring(BEARER.length()).strip();
        if (secret.length() > 200) {
            throw invalidSecret();
        }
        return secrets.tenantOf(secret).orElseThrow(InboundController::invalidSecret);
    }

    private static KeystoneProblem invalidSecret() {
        return new KeystoneProblem(401, "INBOUND_SECRET_INVALID", "Authentication failed",
                "The inbound secret is not valid (it may have been rotated); copy the current one from Keystone's "
                        + "admin page.");
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new KeystoneProblem(400, "INBOUND_PAYLOAD_INVALID", "Invalid payload", "The body is empty.");
        }
        if (body.length() > MAX_BODY) {
            throw new KeystoneProblem(400, "INBOUND_PAYLOAD_INVALID", "Invalid payload",
                    "The body is larger than " + MAX_BODY / 1024 + " KB.");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new KeystoneProblem(400, "INBOUND_PAYLOAD_INVALID", "Invalid payload",
                    "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + "). Smart values inside strings need quotes.");
        }
    }
}
