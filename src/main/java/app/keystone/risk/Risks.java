package app.keystone.risk;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Optional;
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

    /** An open risk as a rule sees it. */
    record OpenRisk(UUID id, String title, int probability) {
    }

    /** The open risks linked to the mirrored issue, oldest first. */
    List<OpenRisk> openRisksOf(TenantId tenant, long issueId);

    /** A probability change the app made: {@code from} → {@code to}. */
    record Rescored(int from, int to) {
    }

    /**
     * Raises an open risk's probability by {@code step}, capped at 5, through the register (history, score log,
     * properties; no author, like every change the app makes). @return empty when the risk is not open or already at 5
     */
    Optional<Rescored> raiseProbability(TenantId tenant, UUID riskId, int step);

    /** The mirrored issues some open risk is linked to. */
    java.util.Set<Long> issuesWithOpenRisks(TenantId tenant);

    /**
     * An open risk of a program (linked to it or to one of its issues) that is new in a period, or whose exposure
     * level rose to HIGH or CRITICAL in it: {@code previousLevel} is its level when the period began (null when
     * {@code created}). Levels on the site's matrix as it is now. {@code projectKeys}: the projects the risk touches
     * (its own and its issues'), which decide who may see it.
     */
    record RiskNews(UUID id, String title, String level, String previousLevel, boolean created,
                    java.util.Set<String> projectKeys) {
    }

    /** The program's new and escalated risks after {@code since} up to {@code until}, most exposed first. */
    List<RiskNews> programRiskNews(TenantId tenant, UUID programId, java.time.Instant since, java.time.Instant until);
}
