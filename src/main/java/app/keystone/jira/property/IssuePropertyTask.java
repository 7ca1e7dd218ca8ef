package app.keystone.jira.property;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Writes queued issue properties on one node at a time; the delay is the debounce window. Not registered where
 * there is no Jira to write to ({@code keystone.sync.enabled=false}): a node that knows the task would take its
 * turns and do nothing, while db-scheduler leaves a task a node does not know to the nodes that do.
 */
@Configuration
class IssuePropertyTask {

    @Bean
    @ConditionalOnProperty(name = "keystone.sync.enabled", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> issueProperties(IssuePropertyPublisher publisher,
                                        @Value("${keystone.properties.interval:PT5S}") Duration interval) {
        return Tasks.recurring("issue-properties", FixedDelay.of(interval))
                .execute((instance, context) -> publisher.publishAll());
    }
}
