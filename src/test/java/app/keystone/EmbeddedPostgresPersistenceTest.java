package app.keystone;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's promise: a restart finds the data it left in the data directory. */
class EmbeddedPostgresPersistenceTest {

    @TempDir
    Path workDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        String dir = workDir.resolve(".keystone/postgres").toString();
        try (EmbeddedPostgres first = EmbeddedPostgresEnvironment.start(dir);
             Connection c = first.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgresEnvironment.start(dir);
             Connection c = second.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }
}
