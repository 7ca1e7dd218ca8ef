package app.keystone.support;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits until Keystone has applied everything queued for a tenant: webhooks, then rollup work. */
public final class Quiescence {

    private Quiescence() {
    }

    public static void await(JdbcClient db, UUID tenant) {
        MirrorProbe.await(() -> db.sql("""
                select (select count(*) from jira_webhook_delivery where tenant_id = :t and state = 'pending')
                     + (select count(*) from rollup_dirty where tenant_id = :t)
                     + (select count(*) from rollup_program_dirty where tenant_id = :t)""")
                .param("t", tenant).query(Long.class).single() == 0, Duration.ofSeconds(60), "pipeline and rollups");
    }
}
