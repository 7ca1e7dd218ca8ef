package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A program's health as the app computes it, for modules that report on a program with no user signed in (the
 * weekly digest): every project of the program counts, as for the health reasons other modules contribute — the
 * program page shows each reader the health of the projects they may browse. Implemented by the rollup engine.
 */
public interface ProgramHealthReader {

    /** GREEN / AMBER / RED, the reasons behind it, and whether a TPM set it by hand. */
    record Health(HealthReason.HealthStatus status, List<HealthReason> reasons, boolean overridden) {
    }

    /** @return empty for a program this site does not have */
    Optional<Health> health(TenantId tenant, UUID programId);
}
