package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LifecycleTest extends IntegrationTest {

    @Test
    void uninstallKeepsTheDataAndReinstallRestoresIt() {
        FakeJiraSite site = installed("acme");
        UUID tenantId = tenantId(site);
        String hook = "/webhooks/issue-created";
        Map<String, Object> payload = JiraPayloads.issueEvent("jira:issue_created",
                new JiraPayloads.Issue(10001, "WEB-1", java.time.Instant.now()), 1);
        assertThat(post(hook, site.hs256("POST", hook), payload, Map.of("X-Atlassian-Webhook-Identifier", "a")).status())
                .isEqualTo(204);

        assertThat(post("/uninstalled", site.signedInstallToken("POST", "/uninstalled"),
                site.lifecyclePayload("uninstalled"), Map.of()).status()).isEqualTo(204);
        assertThat(db.sql("select installed from tenant where id = ?").param(tenantId).query(Boolean.class).single()).isFalse();
        assertProblem(post(hook, site.hs256("POST", hook), payload, Map.of("X-Atlassian-Webhook-Identifier", "b")),
                403, "TENANT_NOT_INSTALLED");

        site.sharedSecret = FakeJiraSite.newSecret();
        assertThat(install(site, site.signedInstallToken("POST", "/installed")).status()).isEqualTo(204);

        assertThat(tenantId(site)).isEqualTo(tenantId);
        assertThat(count("jira_webhook_delivery")).isEqualTo(1);
        assertThat(post(hook, site.hs256("POST", hook), payload, Map.of("X-Atlassian-Webhook-Identifier", "c")).status())
                .isEqualTo(204);
        assertThat(count("jira_webhook_delivery")).isEqualTo(2);
    }

    @Test
    void uninstallMustBeSignedByTheSameSite() {
        FakeJiraSite site = installed("acme");
        FakeJiraSite intruder = site("intruder");
        Map<String, Object> body = site.lifecyclePayload("uninstalled");

        assertProblem(post("/uninstalled", intruder.signedInstallToken("POST", "/uninstalled"), body, Map.of()),
                401, "JWT_ISSUER_MISMATCH");
        assertProblem(post("/uninstalled", null, body, Map.of()), 401, "JWT_REQUIRED");
        assertThat(db.sql("select installed from tenant").query(Boolean.class).single()).isTrue();
    }

    @Test
    void enabledAndDisabledAreRecordedWhenSigned() {
        FakeJiraSite site = installed("acme");
        assertThat(post("/lifecycle/disabled", site.hs256("POST", "/lifecycle/disabled"),
                site.lifecyclePayload("disabled"), Map.of()).status()).isEqualTo(204);
        assertThat(enabled(site)).isFalse();

        assertProblem(post("/lifecycle/enabled", null, site.lifecyclePayload("enabled"), Map.of()), 401, "JWT_REQUIRED");
        assertProblem(post("/lifecycle/enabled", site.contextToken("u"), site.lifecyclePayload("enabled"), Map.of()),
                401, "JWT_QSH_MISMATCH");
        assertThat(enabled(site)).isFalse();

        assertThat(post("/lifecycle/enabled", site.hs256("POST", "/lifecycle/enabled"),
                site.lifecyclePayload("enabled"), Map.of()).status()).isEqualTo(204);
        assertThat(enabled(site)).isTrue();
    }

    @Test
    void enabledForAnotherSitesClientKeyIsForbidden() {
        FakeJiraSite site = installed("acme");
        FakeJiraSite other = installed("other");
        assertProblem(post("/lifecycle/disabled", site.hs256("POST", "/lifecycle/disabled"),
                other.lifecyclePayload("disabled"), Map.of()), 403, "CLIENT_KEY_MISMATCH");
        assertThat(enabled(other)).isTrue();
    }

    private UUID tenantId(FakeJiraSite site) {
        return db.sql("select id from tenant where client_key = ?").param(site.clientKey).query(UUID.class).single();
    }

    private boolean enabled(FakeJiraSite site) {
        return db.sql("select enabled from tenant where client_key = ?").param(site.clientKey).query(Boolean.class).single();
    }
}
