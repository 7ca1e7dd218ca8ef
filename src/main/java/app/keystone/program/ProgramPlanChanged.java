package app.keystone.program;

import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An edit changed a program's target date (set, moved or cleared; either date may be null). Published by the program
 * catalogue inside the writing transaction, so a listener's writes commit with the edit or not at all. Membership is
 * still the one the rollup engine last computed.
 */
public record ProgramPlanChanged(TenantId tenant, UUID programId, LocalDate oldTarget, LocalDate newTarget) {

    /** The plan got tighter: a target where there was none, or an earlier one. */
    public boolean movedEarlier() {
        return newTarget != null && (oldTarget == null || newTarget.isBefore(oldTarget));
    }
}
