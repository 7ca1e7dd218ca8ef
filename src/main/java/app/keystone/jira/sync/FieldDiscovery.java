package app.keystone.jira.sync;

import app.keystone.jira.mirror.FieldConfigStore;
import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.rest.JiraClient;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * Finds the site's custom field ids through {@code GET /rest/api/3/field} (wire formats §2.3): story points by
 * the Jira Software schema type (team-managed "Story point estimate" or classic "Story Points"), Flagged and
 * Start date by their untranslated names, since ids differ from site to site.
 */
@Component
class FieldDiscovery {

    static final String STORY_POINTS_TYPE = "com.pyxis.greenhopper.jira:jsw-story-points";
    static final String FLOAT_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";

    private final JiraClient jira;
    private final FieldConfigStore store;

    FieldDiscovery(JiraClient jira, FieldConfigStore store) {
        this.jira = jira;
        this.store = store;
    }

    FieldIds discover(TenantId tenant) {
        JsonNode fields = jira.get(tenant, "/rest/api/3/field");
        String points = null;
        String flagged = null;
        String start = null;
        for (JsonNode f : fields) {
            String id = f.path("id").asText();
            String name = f.has("untranslatedName") ? f.path("untranslatedName").asText() : f.path("name").asText();
            String type = f.path("schema").path("custom").asText("");
            if (STORY_POINTS_TYPE.equals(type) || points == null && FLOAT_TYPE.equals(type)
                    && name.equalsIgnoreCase("Story Points")) {
                points = points == null || STORY_POINTS_TYPE.equals(type) ? id : points;
            } else if (name.equalsIgnoreCase("Flagged")) {
                flagged = id;
            } else if (name.equalsIgnoreCase("Start date")) {
                start = id;
            }
        }
        FieldIds ids = new FieldIds(points, flagged, start);
        store.saveDiscovered(tenant, ids);
        return ids;
    }
}
