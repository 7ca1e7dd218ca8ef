package app.keystone.program.catalog;

import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.Collection;
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
        return PersonalDataHolder.accounts(db, tenant, """
                select owner_account_id, max(updated_at) from program
                where tenant_id = :t and owner_account_id is not null group by owner_account_id""");
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
