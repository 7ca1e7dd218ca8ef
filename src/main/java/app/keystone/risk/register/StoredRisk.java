package app.keystone.risk.register;

import java.time.Instant;
import java.util.UUID;

/** A risk as stored: its state plus identity, audit fields and version (the ETag). */
record StoredRisk(UUID id, RiskState state, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}
