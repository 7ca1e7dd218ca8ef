package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.keystone.EmbeddedPostgresEnvironment;
import app.keystone.KeystoneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** SPRING_PROFILES_ACTIVE=production: no development conveniences, no embedded database. */
class ProductionProfileTest {

    @Test
    void productionTurnsOffAcsbDevelopmentModeAndKeepsTheDescriptorsBaseUrl() {
        try (ConfigurableApplicationContext app = production(
                "--spring.datasource.url=" + EmbeddedPostgresEnvironment.jdbcUrl("temporary"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--KEYSTONE_BASE_URL=https://keystone.example.com")) {
            var env = app.getEnvironment();
            assertThat(env.getProperty("atlassian.connect.allow-reinstall-missing-host", Boolean.class)).isFalse();
            assertThat(env.getProperty("atlassian.connect.debug-all-js", Boolean.class)).isFalse();
            assertThat(env.getProperty("addon.base-url")).isEqualTo("https://keystone.example.com");
        }
    }

    @Test
    void productionWithoutADatabaseFailsFast() {
        assertThatThrownBy(() -> production("--spring.datasource.url=").close())
                .hasStackTraceContaining("DataSource");
    }

    private static ConfigurableApplicationContext production(String... args) {
        return new SpringApplicationBuilder(KeystoneApplication.class).profiles("production")
                .run(concat(args, "--server.port=0"));
    }

    private static String[] concat(String[] args, String extra) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = extra;
        return all;
    }
}
