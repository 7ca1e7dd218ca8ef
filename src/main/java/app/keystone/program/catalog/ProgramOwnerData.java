package app.keystone.program.catalog;

import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Program owners are accountIds: reported to Atlassian; a closed account stops owning its programs. */
@Component
class ProgramOwnerData implements PersonalDataHolder {

    private final JdbcClient db;

    ProgramOwnerData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Instant> accounts(TenantId tenant) {
        Map<String, Instant> accounts = new HashMap<>();
        db.sql("""
                select owner_account_id, max(updated_at) from program
                where tenant_id = :t and owner_account_id is not null group by owner_account_id""")
                .param("t", tenant.value())
                .query((rs, n) -> accounts.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return accounts;
    }

    @Override
    public void erase(TenantId tenant, String accountId) {
        db.sql("""
                update program set owner_account_id = null, updated_at = now(), version = version + 1
                where tenant_id = :t and owner_account_id = :a""")
                .param("t", tenant.value()).param("a", accountId).update();
    }

    @Override
    public void refresh(TenantId tenant, Collection<String> accountIds) {
        // only the accountId is stored: there is nothing cached to re-read
    }
}
