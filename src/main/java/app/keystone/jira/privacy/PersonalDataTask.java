package app.keystone.jira.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Atlassian's default reporting cycle is 7 days; polling more often than the cycle is not allowed. */
@Configuration
class PersonalDataTask {

    @Bean
    RecurringTask<Void> personalDataReport(PersonalDataReporter reporter,
                                           @Value("${keystone.privacy.report-interval:P7D}") Duration interval,
                                           @Value("${keystone.sync.enabled:true}") boolean enabled) {
        return Tasks.recurring("personal-data-report", FixedDelay.of(interval))
                .execute((instance, context) -> {
                    if (enabled) {
                        reporter.reportAll();
                    }
                });
    }
}
