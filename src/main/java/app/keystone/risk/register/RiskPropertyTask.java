package app.keystone.risk.register;

import app.keystone.jira.IssuePropertyOutbox;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writes queued keystone.risk properties on one node at a time; the delay is the debounce window. */
@Configuration
class RiskPropertyTask {

    @Bean
    RecurringTask<Void> riskProperties(IssuePropertyOutbox outbox, RiskProperty property,
                                       @Value("${keystone.risk.property-interval:PT5S}") Duration interval) {
        return Tasks.recurring("risk-properties", FixedDelay.of(interval))
                .execute((instance, context) -> outbox.publishAll(property));
    }
}
