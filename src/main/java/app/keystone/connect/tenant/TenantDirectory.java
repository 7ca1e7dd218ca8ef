package app.keystone.connect.tenant;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and updates Keystone's tenant rows by the clientKey of a verified token. */
@Component
public class TenantDirectory {

    private final JdbcClient jdbc;

    TenantDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TenantRecord> findByClientKey(String clientKey) {
        return jdbc.sql("select id, client_key, base_url, installed, enabled from tenant where client_key = :clientKey")
                .param("clientKey", clientKey)
                .query((rs, n) -> new TenantRecord(rs.getObject("id", UUID.class), rs.getString("client_key"),
                        rs.getString("base_url"), rs.getBoolean("installed"), rs.getBoolean("enabled")))
                .optional();
    }

    public void setEnabled(String clientKey, boolean enabled) {
        jdbc.sql("update tenant set enabled = :enabled, updated_at = now() where client_key = :clientKey")
                .param("enabled", enabled).param("clientKey", clientKey).update();
    }

    /** ACSB keeps cloudId only for OAuth2 installs; Keystone wants it for every tenant (Forge Remote later). */
    public void recordCloudId(String clientKey, String cloudId) {
        jdbc.sql("update tenant set cloud_id = :cloudId where client_key = :clientKey and cloud_id is null")
                .param("cloudId", cloudId).param("clientKey", clientKey).update();
    }

    public record TenantRecord(UUID id, String clientKey, String baseUrl, boolean installed, boolean enabled) {
    }
}
