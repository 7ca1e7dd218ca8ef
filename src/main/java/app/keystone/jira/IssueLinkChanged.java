package app.keystone.jira;

import app.keystone.shared.TenantId;

/** A link between two issues appeared or disappeared. For type "Blocks" the source blocks the destination. */
public record IssueLinkChanged(TenantId tenant, long linkId, long sourceId, long destinationId, String type,
                               boolean deleted) {
}
