package app.keystone.program.history;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily snapshot of every program, shortly after midnight UTC, on one node of the cluster (db-scheduler). */
@Configuration
class SnapshotTask {

    @Bean
    RecurringTask<Void> programSnapshots(Snapshots snapshots) {
        return Tasks.recurring("program-snapshots", Schedules.daily(LocalTime.of(0, 15)))
                .execute((instance, context) -> snapshots.takeAll(LocalDate.now(Clock.systemUTC())));
    }
}
