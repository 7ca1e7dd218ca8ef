package app.keystone.connect.tenant;

import app.keystone.connect.host.HostSecrets;
import app.keystone.shared.TenantId;
import app.keystone.shared.TenantInstalled;
import com.atlassian.connect.spring.AtlassianHost;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * JPA listener on ACSB's AtlassianHost (declared in atlassian-connect-orm.xml): every install,
 * reinstall and uninstall updates Keystone's tenant row in the same transaction, so a rolled-back
 * install leaves no tenant behind and a reinstall finds the same tenant id (and so its data) again.
 */
@Component
public class TenantSync {

    // lazy: Hibernate creates this listener while the EntityManagerFactory itself is being built
    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<ApplicationEventPublisher> events;
    private final ObjectProvider<HostSecrets> secrets;

    public TenantSync(ObjectProvider<JdbcClient> jdbc, ObjectProvider<ApplicationEventPublisher> events,
                      ObjectProvider<HostSecrets> secrets) {
        this.jdbc = jdbc;
        this.events = events;
        this.secrets = secrets;
    }

    @PostPersist
    @PostUpdate
    public void hostSaved(AtlassianHost host) {
        secrets.getObject().evict(host.getClientKey());
        UUID tenantId = jdbc.getObject().sql("""
                insert into tenant (id, client_key, cloud_id, installation_id, base_url, installed)
                values (:id, :clientKey, :cloudId, :installationId, :baseUrl, :installed)
                on conflict (client_key) do update set
                    cloud_id = coalesce(excluded.cloud_id, tenant.cloud_id),
                    installation_id = coalesce(excluded.installation_id, tenant.installation_id),
                    base_url = excluded.base_url,
                    installed = excluded.installed,
                    updated_at = now()
                returning id
                """)
                .param("id", UUID.randomUUID())
                .param("clientKey", host.getClientKey())
                .param("cloudId", host.getCloudId())
                .param("installationId", host.getInstallationId())
                .param("baseUrl", host.getBaseUrl())
                .param("installed", host.isAddonInstalled())
                .query(UUID.class).single();
        if (host.isAddonInstalled()) {
            // the pipeline starts its backfill once this install commits
            events.getObject().publishEvent(new TenantInstalled(new TenantId(tenantId)));
        }
    }
}
