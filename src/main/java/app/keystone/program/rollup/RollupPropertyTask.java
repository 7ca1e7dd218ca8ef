package app.keystone.program.rollup;

import app.keystone.jira.IssuePropertyOutbox;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writes queued keystone.rollup properties on one node at a time; the delay is the debounce window. */
@Configuration
class RollupPropertyTask {

    @Bean
    RecurringTask<Void> rollupProperties(IssuePropertyOutbox outbox, RollupPropertyPublisher publisher,
                                         @Value("${keystone.rollup.property-interval:PT5S}") Duration interval) {
        return Tasks.recurring("rollup-properties", FixedDelay.of(interval))
                .execute((instance, context) -> outbox.publishAll(publisher));
    }
}
