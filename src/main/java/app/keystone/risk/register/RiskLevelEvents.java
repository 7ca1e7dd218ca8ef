package app.keystone.risk.register;

import app.keystone.risk.RiskLevelChanged;
import app.keystone.shared.TenantId;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link RiskLevelChanged} when a save moves a risk's exposure level, inside the saving transaction, so
 * listeners (automation's escalation) commit with the change. A new matrix re-levels risks on read only: it publishes
 * nothing.
 */
@Component
class RiskLevelEvents {

    private final RiskSettings settings;
    private final ApplicationEventPublisher events;

    RiskLevelEvents(RiskSettings settings, ApplicationEventPublisher events) {
        this.settings = settings;
        this.events = events;
    }

    void saved(TenantId tenant, UUID id, RiskState before, RiskState after) {
        RiskMatrix matrix = settings.matrix(tenant);
        Level from = before == null ? null : matrix.level(before.exposure());
        Level to = matrix.level(after.exposure());
        if (from != to) {
            events.publishEvent(new RiskLevelChanged(tenant, id, after.title(), from == null ? null : from.name(),
                    to.name(), after.open(), after.ownerAccountId(), after.issueIds()));
        }
    }
}
