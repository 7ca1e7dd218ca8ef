package app.keystone.program.metrics;

import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Manual metric values remember who entered them: reported to Atlassian; a closed account is removed, the value kept. */
@Component
class SampleAuthorData implements PersonalDataHolder {

    private final JdbcClient db;

    SampleAuthorData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Instant> accounts(TenantId tenant) {
        return PersonalDataHolder.accounts(db, tenant, """
                select account_id, max(created_at) from program_metric_sample
                where tenant_id = :t and account_id is not null group by account_id""");
    }

    @Override
    public void erase(TenantId tenant, String accountId) {
        db.sql("update program_metric_sample set account_id = null where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", accountId).update();
    }

    @Override
    public void refresh(TenantId tenant, Collection<String> accountIds) {
        // only the accountId is stored
    }
}
