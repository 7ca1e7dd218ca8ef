package app.keystone.jira.webhook;

import app.keystone.jira.mirror.FieldConfigStore;
import app.keystone.jira.mirror.MirrorWriter;
import app.keystone.jira.payload.FieldIds;
import app.keystone.jira.payload.WebhookPayload;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Applies one stored webhook to the mirror (inside the worker's transaction). */
@Component
class WebhookApplier {

    private final MirrorWriter mirror;
    private final FieldConfigStore fields;
    private final ObjectMapper json;

    WebhookApplier(MirrorWriter mirror, FieldConfigStore fields, ObjectMapper json) {
        this.mirror = mirror;
        this.fields = fields;
        this.json = json;
    }

    /** Validates at intake with the same parser the worker uses, so what was accepted can be applied. */
    WebhookPayload parse(TenantId tenant, String event, JsonNode body) {
        FieldIds ids = fields.fieldIds(tenant);
        return WebhookPayload.parse(event, body, ids);
    }

    void apply(WebhookInbox.Delivery d) throws JsonProcessingException {
        WebhookPayload payload = parse(d.tenant(), d.event(), json.readTree(d.payload()));
        // Java 17: no pattern switch yet
        if (payload instanceof WebhookPayload.IssueEvent e) {
            if (e.deleted()) {
                mirror.deleteIssue(d.tenant(), e.issue(), e.timestamp());
            } else {
                mirror.applyIssue(d.tenant(), e.issue(), e.changelogId());
            }
        } else if (payload instanceof WebhookPayload.LinkEvent e) {
            mirror.applyLink(d.tenant(), e.link(), e.timestamp(), e.deleted());
        } else if (payload instanceof WebhookPayload.ProjectDeleted e) {
            mirror.removeProject(d.tenant(), e.projectId(), e.projectKey(), e.timestamp());
        }
    }
}
