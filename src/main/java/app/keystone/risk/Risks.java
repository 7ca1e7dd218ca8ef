package app.keystone.risk;

import app.keystone.shared.TenantId;
import java.util.UUID;

/**
 * The register as other modules may use it: changes made by the app itself (no signed-in user, so no visibility
 * filter and no author in the history). Implemented inside the register; call within a transaction.
 */
public interface Risks {

    /** A new open risk linked to the mirrored issue; @return its id */
    UUID createForIssue(TenantId tenant, long issueId, RiskDraft draft);

    /** Applies the draft to the risk if it still exists and is open; @return false (nothing changed) otherwise. */
    boolean updateIfOpen(TenantId tenant, UUID riskId, RiskDraft draft);

    /** Sets an open risk's review date to today so it shows among the reviews due; @return false if not open. */
    boolean markForReview(TenantId tenant, UUID riskId);
}
