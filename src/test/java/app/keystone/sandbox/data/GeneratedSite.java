package app.keystone.sandbox.data;

import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The sandbox's own generator ({@link DemoGenerator}) run from outside the app, for benchmarks that start Keystone
 * as a separate JVM: it writes into the sandbox tables of that app's database (which must exist: the app created
 * them at start) in one transaction, so 250k rows cost one commit rather than one per batch.
 */
public final class GeneratedSite {

    private GeneratedSite() {
    }

    public static DemoGenerator.Generated generate(DataSource ds, DemoGenerator.Size size) throws Exception {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            SingleConnectionDataSource one = new SingleConnectionDataSource(c, true);
            // the schema bean only orders creation inside the app; here the tables are already there
            DemoGenerator.Generated generated = new DemoGenerator(JdbcClient.create(one), new JdbcTemplate(one), null)
                    .generate(size);
            c.commit();
            return generated;
        }
    }
}
