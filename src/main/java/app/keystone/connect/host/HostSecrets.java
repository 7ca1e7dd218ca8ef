package app.keystone.connect.host;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A short-lived cache of each installed site's shared secret and tenant, for the webhook hot path: verifying a
 * webhook must not cost a JPA session and two queries. Entries live {@link #TTL_MS}; an install or uninstall on
 * this node evicts at once, and a signature that fails against a cached secret is re-checked against the
 * database before it is refused (another node may have taken a reinstall with a new secret).
 */
@Component
public class HostSecrets {

    static final long TTL_MS = 10_000;

    private final JdbcClient db;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    HostSecrets(JdbcClient db) {
        this.db = db;
    }

    public record Host(String clientKey, String sharedSecret, String baseUrl, UUID tenantId, boolean installed) {
    }

    private record Entry(Optional<Host> host, long readAt) {
    }

    public Optional<Host> find(String clientKey) {
        Entry entry = cache.get(clientKey);
        if (entry != null && System.currentTimeMillis() - entry.readAt() < TTL_MS) {
            return entry.host();
        }
        return reload(clientKey);
    }

    public Optional<Host> reload(String clientKey) {
        Optional<Host> host = db.sql("""
                select h.client_key, h.shared_secret, h.base_url, t.id, t.installed and h.addon_installed
                from atlassian_host h join tenant t on t.client_key = h.client_key where h.client_key = :key""")
                .param("key", clientKey)
                .query((rs, n) -> new Host(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getBoolean(5)))
                .optional();
        if (cache.size() > 10_000) {
            cache.clear(); // bounded: a flood of unknown issuers must not grow memory
        }
        cache.put(clientKey, new Entry(host, System.currentTimeMillis()));
        return host;
    }

    public void evict(String clientKey) {
        cache.remove(clientKey);
    }
}
