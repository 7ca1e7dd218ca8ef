package app.keystone.risk.register;

import java.util.UUID;

/**
 * What the register, heat map, trend, exposure and exports are narrowed to. Null fields do not filter. {@code level}
 * filters on the exposure level (residual once assessed); {@code subtreeOf} matches risks linked to an issue or any
 * of its descendants in the mirror; the four score fields are a heat map cell.
 */
record RiskFilter(UUID programId, String projectKey, Long issueId, Long subtreeOf, Level level, Roam roam,
                  RiskStatus status, String ownerAccountId, Boolean reviewOverdue, String q, String category,
                  Integer probability, Integer impact, Integer residualProbability, Integer residualImpact) {

    static final RiskFilter NONE = new RiskFilter(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    RiskFilter open() {
        return new RiskFilter(programId, projectKey, issueId, subtreeOf, level, roam, RiskStatus.OPEN, ownerAccountId,
                reviewOverdue, q, category, probability, impact, residualProbability, residualImpact);
    }

    RiskFilter withoutCell() {
        return new RiskFilter(programId, projectKey, issueId, subtreeOf, level, roam, status, ownerAccountId,
                reviewOverdue, q, category, null, null, null, null);
    }
}
