package app.keystone.automation;

import app.keystone.shared.TenantId;

/**
 * A trigger was added to the outbox in the current transaction. Heard after the commit by this node's worker, which
 * wakes at once instead of at its next poll (other nodes find the trigger by polling).
 */
record TriggerQueued(TenantId tenant, RuleType rule) {
}
