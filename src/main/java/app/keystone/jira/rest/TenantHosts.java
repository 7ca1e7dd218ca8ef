package app.keystone.jira.rest;

import app.keystone.shared.TenantId;
import app.keystone.shared.TenantInstalled;
import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostRepository;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The installed host of each tenant for {@link JiraClient}, read at most every {@link #TTL_MS}: a tenant query and a
 * JPA load per Jira call were a sixth of the backfill's page-reading CPU (JFR, 25k bench). An install on this node
 * evicts at once; one on another node is seen within the TTL, and a 401 evicts too, so the next call reads it again
 * (the same bound HostSecrets keeps for webhooks).
 */
@Component
class TenantHosts {

    static final long TTL_MS = 10_000;

    private record Entry(AtlassianHost host, long readAt) {
    }

    private final AtlassianHostRepository hosts;
    private final JdbcClient db;
    private final Map<UUID, Entry> cache = new ConcurrentHashMap<>();

    TenantHosts(AtlassianHostRepository hosts, JdbcClient db) {
        this.hosts = hosts;
        this.db = db;
    }

    AtlassianHost of(TenantId tenant) {
        Entry entry = cache.get(tenant.value());
        if (entry != null && System.currentTimeMillis() - entry.readAt() < TTL_MS) {
            return entry.host();
        }
        String clientKey = db.sql("select client_key from tenant where id = :id").param("id", tenant.value())
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("No tenant " + tenant.value()));
        AtlassianHost host = hosts.findById(clientKey).orElseThrow(() -> new IllegalStateException(
                "No host for tenant " + tenant.value()));
        cache.put(tenant.value(), new Entry(host, System.currentTimeMillis()));
        return host;
    }

    void evict(TenantId tenant) {
        cache.remove(tenant.value());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void installed(TenantInstalled e) {
        evict(e.tenant());
    }
}
