package app.keystone.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * The webhook benchmark's floor: the same embedded Tomcat as Keystone, in its own JVM, answering every POST with 202
 * after reading the body — no JWT, no JSON, no Spring. With {@code --jdbc=<url>} it also stores each body with one
 * autocommit insert (10 pooled connections, like Keystone's Hikari pool) before answering, the least any intake that
 * acknowledges only what it stored durably can do. What the driver reaches against it on this machine bounds what
 * Keystone could reach here, whatever Keystone does.
 */
public final class NullReceiver {

    public static void main(String[] args) throws Exception {
        int port = 0;
        String jdbc = null;
        for (String a : args) {
            if (a.startsWith("--server.port=")) {
                port = Integer.parseInt(a.substring("--server.port=".length()));
            } else if (a.startsWith("--jdbc=")) {
                jdbc = a.substring("--jdbc=".length());
            }
        }
        HikariDataSource ds = jdbc == null ? null : pool(jdbc);
        Tomcat tomcat = new Tomcat();
        tomcat.setPort(port);
        tomcat.setBaseDir(System.getProperty("java.io.tmpdir") + "/null-receiver-" + port);
        tomcat.getConnector(); // creates the default HTTP/1.1 connector
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "null", new Receiver(ds));
        context.addServletMappingDecoded("/*", "null");
        tomcat.start();
        tomcat.getServer().await();
    }

    private static HikariDataSource pool(String url) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        HikariDataSource ds = new HikariDataSource(config);
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("""
                    create table if not exists bench_null_receiver (tenant_id uuid not null, webhook_id varchar(255) not null,
                      event varchar(64) not null, payload jsonb not null, received_at timestamptz not null default now(),
                      primary key (tenant_id, webhook_id))""");
        }
        return ds;
    }

    private static final class Receiver extends HttpServlet {
        private final HikariDataSource ds;
        private final UUID tenant = UUID.randomUUID();

        Receiver(HikariDataSource ds) {
            this.ds = ds;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            resp.setStatus(200); // the launcher's health poll
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ds != null) {
                try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(
                        "insert into bench_null_receiver (tenant_id, webhook_id, event, payload) values (?, ?, ?, cast(? as jsonb))")) {
                    st.setObject(1, tenant);
                    st.setString(2, req.getHeader("X-Atlassian-Webhook-Identifier"));
                    st.setString(3, req.getRequestURI());
                    st.setString(4, body);
                    st.executeUpdate();
                } catch (SQLException e) {
                    resp.setStatus(503);
                    return;
                }
            }
            resp.setStatus(202);
        }
    }
}
