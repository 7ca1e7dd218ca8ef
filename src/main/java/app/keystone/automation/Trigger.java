package app.keystone.automation;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * Something that may make a rule act: which rule, the firing key that makes it act once, a description for the run
 * log, its subject (an issue and/or a risk) and what the rule needs to know about it.
 */
record Trigger(long id, TenantId tenant, String ruleKey, String firingKey, String description, Long issueId,
               String issueKey, UUID riskId, JsonNode payload, int attempts) {
}
