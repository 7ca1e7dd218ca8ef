package app.keystone.risk;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.UUID;

/**
 * A risk's exposure level (residual once assessed, else inherent, on the site's matrix) changed, or a risk was created
 * ({@code from} null). Published in the transaction that saved the risk. Levels are LOW, MEDIUM, HIGH, CRITICAL;
 * {@code issueIds} are the issues the risk is linked to as saved.
 */
public record RiskLevelChanged(TenantId tenant, UUID riskId, String title, String from, String to, boolean open,
                               String ownerAccountId, List<Long> issueIds) {

    private static final List<String> ORDER = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    /** Whether the level went up (a new risk goes up from nothing). */
    public boolean rose() {
        return from == null || ORDER.indexOf(to) > ORDER.indexOf(from);
    }
}
