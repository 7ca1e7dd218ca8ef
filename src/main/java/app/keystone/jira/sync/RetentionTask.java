package app.keystone.jira.sync;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Once a day, on one node: the data of sites uninstalled longer than the retention period goes. */
@Configuration
class RetentionTask {

    @Bean
    RecurringTask<Void> retentionPurge(Retention retention) {
        return Tasks.recurring("retention-purge", Schedules.daily(LocalTime.of(3, 0)))
                .execute((instance, context) -> retention.purge());
    }
}
