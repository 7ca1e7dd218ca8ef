package app.keystone.program.catalog;

import java.time.Instant;
import java.util.UUID;

/** A program as stored: its state plus the bookkeeping the API shows. */
record StoredProgram(UUID id, ProgramState state, Instant createdAt, Instant updatedAt, long version) {
}
