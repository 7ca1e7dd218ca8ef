package app.keystone.jira.sync;

import app.keystone.jira.JiraPermissions;
import app.keystone.jira.mirror.FieldConfigStore;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT /api/admin/settings/jira-fields}: which custom fields Keystone reads. Story points are discovered
 * through {@code /rest/api/3/field}; a site that estimates in another number field sets it here. A change re-reads
 * every issue (resync), since the mirror holds the old field's values.
 */
@RestController
class FieldSettingsController {

    private static final Pattern CUSTOM_FIELD = Pattern.compile("customfield_\\d{1,12}");

    private final JdbcClient db;
    private final FieldConfigStore store;
    private final SyncScheduler sync;
    private final JiraPermissions permissions;

    FieldSettingsController(JdbcClient db, FieldConfigStore store, SyncScheduler sync, JiraPermissions permissions) {
        this.db = db;
        this.store = store;
        this.sync = sync;
        this.permissions = permissions;
    }

    record Discovered(String storyPoints, String flagged, String startDate) {
    }

    record FieldSettings(String storyPointsField, String storyPointsOverride, Discovered discovered) {
    }

    record FieldSettingsChange(String storyPointsOverride) {
    }

    @GetMapping("/api/admin/settings/jira-fields")
    FieldSettings get(TenantContext tenant) {
        permissions.requireSiteAdmin(tenant);
        return read(tenant);
    }

    @PutMapping("/api/admin/settings/jira-fields")
    FieldSettings put(TenantContext tenant, @RequestBody FieldSettingsChange change) {
        permissions.requireSiteAdmin(tenant);
        String field = change.storyPointsOverride();
        if (field != null && !CUSTOM_FIELD.matcher(field).matches()) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Invalid settings", "storyPointsOverride must be a "
                    + "custom field id like customfield_10016, or null to use the discovered field.",
                    List.of(new KeystoneProblem.FieldError("storyPointsOverride", "not a custom field id")));
        }
        FieldSettings before = read(tenant);
        store.overrideStoryPoints(tenant.tenantId(), field);
        FieldSettings after = read(tenant);
        if (!java.util.Objects.equals(before.storyPointsField(), after.storyPointsField())) {
            sync.resync(tenant.tenantId());
        }
        return after;
    }

    private FieldSettings read(TenantContext tenant) {
        return db.sql("""
                select story_points_field, flagged_field, start_date_field, story_points_override
                from jira_field_config where tenant_id = :t""").param("t", tenant.tenantId().value())
                .query((rs, n) -> new FieldSettings(
                        rs.getString(4) != null ? rs.getString(4) : rs.getString(1), rs.getString(4),
                        new Discovered(rs.getString(1), rs.getString(2), rs.getString(3))))
                .optional().orElse(new FieldSettings(null, null, new Discovered(null, null, null)));
    }
}
