package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.UUID;

/**
 * A program's scope definition changed (created, projects/roots/filters edited, deleted): its membership and
 * rollups must be rebuilt. Published by the program catalogue in the writing transaction.
 */
public record ProgramScopeChanged(TenantId tenant, UUID programId, boolean deleted) {
}
