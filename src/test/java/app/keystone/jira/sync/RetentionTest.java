package app.keystone.jira.sync;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetentionTest extends IntegrationTest {

    @Autowired
    private Retention retention;

    @Test
    void dataOfSitesUninstalledLongerThanTheRetentionGoesAndRecentOnesStay() {
        UUID old = siteWithData("old");
        UUID recent = siteWithData("recent");
        db.sql("update tenant set installed = false, updated_at = now() - interval '40 days' where id = ?").param(old).update();
        db.sql("update tenant set installed = false, updated_at = now() - interval '2 days' where id = ?").param(recent).update();

        assertThat(retention.purge()).isEqualTo(1);

        for (String table : Retention.TABLES) {
            assertThat(db.sql("select count(*) from " + table + " where tenant_id = ?").param(old).query(Integer.class)
                    .single()).as(table).isZero();
        }
        assertThat(db.sql("select count(*) from tenant where id = ?").param(old).query(Integer.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from jira_issue where tenant_id = ?").param(recent).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from program where tenant_id = ?").param(recent).query(Integer.class)
                .single()).isEqualTo(1);
    }

    private UUID siteWithData(String name) {
        FakeJiraSite site = installed(name);
        UUID tenant = new MirrorProbe(db).tenantId(site.clientKey);
        String path = "/webhooks/issue-created";
        post(path, site.hs256("POST", path), JiraPayloads.issueEvent("jira:issue_created",
                new JiraPayloads.Issue(10001, "WEB-1", Instant.now()), 1), Map.of("X-Atlassian-Webhook-Identifier", name));
        new MirrorProbe(db).awaitDrained(tenant);
        UUID program = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, 'P')").param(program).param(tenant).update();
        db.sql("insert into program_project (program_id, tenant_id, project_key) values (?, ?, 'WEB')")
                .param(program).param(tenant).update();
        return tenant;
    }
}
