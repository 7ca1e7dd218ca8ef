package app.keystone.program.metrics;

import java.time.Instant;
import java.util.UUID;

/** A metric row: its validated definition and bookkeeping. */
record StoredMetric(UUID id, UUID programId, NewMetric definition, String lastError, Instant lastErrorAt,
                    Instant createdAt, Instant updatedAt, long version) {
}
