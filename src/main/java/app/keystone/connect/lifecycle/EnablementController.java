package app.keystone.connect.lifecycle;

import app.keystone.connect.tenant.TenantDirectory;
import app.keystone.shared.KeystoneProblem;
import com.atlassian.connect.spring.AtlassianHostUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Jira's enabled/disabled callbacks, signed like webhooks (HS256, shared secret, qsh) and checked by ACSB.
 * ACSB handles only installed/uninstalled. A disabled site keeps its data and its tenant.
 */
@RestController
class EnablementController {

    private final TenantDirectory tenants;

    EnablementController(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    @PostMapping("/lifecycle/enabled")
    ResponseEntity<Void> enabled(@AuthenticationPrincipal AtlassianHostUser user, @RequestBody LifecyclePayload payload) {
        return record(user, payload, "enabled");
    }

    @PostMapping("/lifecycle/disabled")
    ResponseEntity<Void> disabled(@AuthenticationPrincipal AtlassianHostUser user, @RequestBody LifecyclePayload payload) {
        return record(user, payload, "disabled");
    }

    private ResponseEntity<Void> record(AtlassianHostUser user, LifecyclePayload payload, String event) {
        if (payload.eventType() != null && !event.equals(payload.eventType())) {
            throw new KeystoneProblem(400, "LIFECYCLE_EVENT_MISMATCH", "Wrong lifecycle event",
                    "This callback expects eventType '" + event + "'.");
        }
        String clientKey = user.getHost().getClientKey();
        if (payload.clientKey() != null && !clientKey.equals(payload.clientKey())) {
            throw new KeystoneProblem(403, "CLIENT_KEY_MISMATCH", "Wrong site",
                    "The payload's clientKey is not the site that signed the request.");
        }
        tenants.setEnabled(clientKey, "enabled".equals(event));
        return ResponseEntity.noContent().build();
    }
}
