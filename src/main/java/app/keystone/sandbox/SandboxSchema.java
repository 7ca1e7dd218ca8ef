package app.keystone.sandbox;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the sandbox's own tables with a Flyway history of their own, so Keystone's schema (and its
 * migration numbering) never knows the sandbox exists.
 */
@Component
@SandboxProfile
public class SandboxSchema implements InitializingBean {

    private final DataSource dataSource;

    SandboxSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/sandbox")
                .table("flyway_sandbox_history")
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }
}
