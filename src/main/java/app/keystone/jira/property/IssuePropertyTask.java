package app.keystone.jira.property;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Writes queued issue properties on one node at a time; the delay is the debounce window. */
@Configuration
class IssuePropertyTask {

    @Bean
    RecurringTask<Void> issueProperties(IssuePropertyPublisher publisher,
                                        @Value("${keystone.properties.interval:PT5S}") Duration interval) {
        return Tasks.recurring("issue-properties", FixedDelay.of(interval))
                .execute((instance, context) -> publisher.publishAll());
    }
}
