package app.keystone.raci;

import app.keystone.jira.JiraUsers;
import app.keystone.shared.TenantId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-reads every assigned person from Jira once a day: a user deactivated on the site is not a closed Atlassian
 * account (personal data reporting says nothing), yet the gap report must show an A or R who can no longer act.
 */
@Configuration
class RaciPeopleRefresh {

    private static final Logger log = LoggerFactory.getLogger(RaciPeopleRefresh.class);

    private final JdbcClient db;
    private final JiraUsers users;
    private final RaciPeople people;

    RaciPeopleRefresh(JdbcClient db, JiraUsers users, RaciPeople people) {
        this.db = db;
        this.users = users;
        this.people = people;
    }

    @Bean
    RecurringTask<Void> raciPeopleRefreshTask(@Value("${keystone.raci.people-refresh:P1D}") Duration interval,
                                   @Value("${keystone.sync.enabled:true}") boolean enabled) {
        return Tasks.recurring("raci-people", FixedDelay.of(interval)).execute((instance, context) -> {
            if (enabled) {
                refreshAll();
            }
        });
    }

    void refreshAll() {
        for (UUID id : db.sql("select id from tenant where installed").query(UUID.class).list()) {
            TenantId tenant = new TenantId(id);
            List<String> ids = db.sql("select account_id from raci_person where tenant_id = :t order by account_id")
                    .param("t", id).query(String.class).list();
            try {
                people.remember(tenant, users.find(tenant, ids).values());
            } catch (RuntimeException e) {
                log.warn("Could not refresh RACI people of tenant {}: {}", id, e.getMessage());
            }
        }
    }
}
