package app.keystone.automation;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.FieldErrors;
import app.keystone.shared.IfMatch;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/automation/rules}: the built-in rule types with the site's settings. Everyone of the site reads them;
 * only Jira administrators change them, since rules e-mail people and change risks on the site's behalf.
 */
@RestController
@Tag(name = "Automation")
class RulesController {

    private final RuleSettings settings;
    private final JiraPermissions permissions;
    private final RaciGapCheck raciGapCheck;

    RulesController(RuleSettings settings, JiraPermissions permissions, RaciGapCheck raciGapCheck) {
        this.settings = settings;
        this.permissions = permissions;
        this.raciGapCheck = raciGapCheck;
    }

    record RuleView(String key, String name, String description, boolean enabled, boolean dryRun,
                    Map<String, Object> params, List<ParamDef> paramDefs, long version) {

        static RuleView of(RuleConfig c) {
            return new RuleView(c.type().key(), c.type().title(), c.type().description(), c.enabled(), c.dryRun(),
                    c.params(), c.type().params(), c.version());
        }
    }

    record RuleList(List<RuleView> items) {
    }

    record RuleInput(Boolean enabled, Boolean dryRun, JsonNode params) {
    }

    @GetMapping("/api/automation/rules")
    @Operation(summary = "The rule types with this site's settings (never configured: disabled, defaults)")
    RuleList list(TenantContext tenant) {
        return new RuleList(Arrays.stream(RuleType.values()).map(t -> RuleView.of(settings.get(tenant.tenantId(), t)))
                .toList());
    }

    @PutMapping("/api/automation/rules/{key}")
    @Operation(summary = "Switch a rule on or off, set dry run and parameters (Jira administrators)")
    @Transactional
    public ResponseEntity<RuleView> put(TenantContext tenant, @PathVariable String key, @RequestBody RuleInput in,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        permissions.requireSiteAdmin(tenant);
        RuleType type = RuleType.byKey(key).orElseThrow(() -> new KeystoneProblem(404, "UNKNOWN_RULE",
                "Unknown rule", "Keystone has no rule '" + key + "'; GET /api/automation/rules lists them."));
        IfMatch precondition = IfMatch.parse(ifMatch);
        FieldErrors errors = new FieldErrors();
        if (in.enabled() == null) {
            errors.add("enabled", "is required (true or false)");
        }
        if (in.dryRun() == null) {
            errors.add("dryRun", "is required (true or false)");
        }
        Map<String, Object> params = RuleParams.read(type, in.params(), errors);
        errors.throwIfAny();
        long current = settings.lock(tenant.tenantId(), type);
        precondition.check(current, v -> new KeystoneProblem(412, "RULE_VERSION_MISMATCH", "Rule changed meanwhile",
                "The rule is now at version " + v + "; reload it."));
        if (type == RuleType.RACI_GAP && in.enabled() && !settings.get(tenant.tenantId(), type).enabled()) {
            raciGapCheck.forget(tenant.tenantId()); // epics that joined programs while it was off are not news
        }
        settings.save(tenant.tenantId(), type, in.enabled(), in.dryRun(), params);
        RuleConfig saved = settings.get(tenant.tenantId(), type);
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(RuleView.of(saved));
    }
}
