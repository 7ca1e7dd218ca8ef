package app.keystone.risk.register;

import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Risks keep accountIds as owners and in their history (who changed a risk; an owner change's from/to): reported to
 * Atlassian, and a closed account disappears from all three. The history entry stays, without the person.
 */
@Component
class RiskOwnerData implements PersonalDataHolder {

    private final JdbcClient db;

    RiskOwnerData(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Map<String, Instant> accounts(TenantId tenant) {
        return PersonalDataHolder.accounts(db, tenant, """
                select account_id, max(at) from (
                    select owner_account_id as account_id, updated_at as at from risk where tenant_id = :t
                    union all
                    select account_id, at from risk_history where tenant_id = :t
                    union all
                    select from_value, at from risk_history where tenant_id = :t and field = 'ownerAccountId'
                    union all
                    select to_value, at from risk_history where tenant_id = :t and field = 'ownerAccountId') ids
                where account_id is not null group by account_id""");
    }

    @Override
    public void erase(TenantId tenant, String accountId) {
        db.sql("""
                update risk set owner_account_id = null, updated_at = now(), version = version + 1
                where tenant_id = :t and owner_account_id = :a""")
                .param("t", tenant.value()).param("a", accountId).update();
        db.sql("update risk_history set account_id = null where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", accountId).update();
        db.sql("""
                update risk_history
                set from_value = case when from_value = :a then null else from_value end,
                    to_value = case when to_value = :a then null else to_value end
                where tenant_id = :t and field = 'ownerAccountId' and (from_value = :a or to_value = :a)""")
                .param("t", tenant.value()).param("a", accountId).update();
    }

    @Override
    public void refresh(TenantId tenant, Collection<String> accountIds) {
        // only accountIds are stored: names and avatars are read from Jira when shown
    }
}
