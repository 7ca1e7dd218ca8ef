package app.keystone.automation;

import app.keystone.shared.TenantId;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a periodic check visits the sites: each installed site with the rule on, in its own transaction (what the check
 * remembers commits with the triggers it queued; each commit wakes this node's worker, see {@link TriggerQueued}).
 */
@Component
class SiteSweeps {

    private final RuleSettings settings;
    private final TransactionTemplate tx;

    SiteSweeps(RuleSettings settings, TransactionTemplate tx) {
        this.settings = settings;
        this.tx = tx;
    }

    /** Runs {@code site} (which returns how many triggers it queued) for every site with the rule on; @return the sum */
    int sweep(RuleType rule, ToIntFunction<TenantId> site) {
        int queued = 0;
        for (TenantId tenant : settings.enabledSites(rule)) {
            Integer n = tx.execute(s -> site.applyAsInt(tenant));
            queued += n == null ? 0 : n;
        }
        return queued;
    }
}
