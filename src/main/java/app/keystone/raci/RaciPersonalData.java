package app.keystone.raci;

import app.keystone.jira.JiraUsers;
import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * RACI's part in personal data reporting: assigned accountIds and their cached display data. A closed account
 * leaves every scope (the rules may then be broken: the gap report shows it) and its cache row; an updated one
 * is re-read from Jira (name, avatar, whether still active).
 */
@Component
class RaciPersonalData implements PersonalDataHolder {

    private final JdbcClient db;
    private final RaciStore store;
    private final RaciPeople people;
    private final JiraUsers users;
    private final RaciPropertyQueue queue;

    RaciPersonalData(JdbcClient db, RaciStore store, RaciPeople people, JiraUsers users, RaciPropertyQueue queue) {
        this.db = db;
        this.store = store;
        this.people = people;
        this.users = users;
        this.queue = queue;
    }

    @Override
    public Map<String, Instant> accounts(TenantId tenant) {
        return PersonalDataHolder.accounts(db, tenant, """
                select a.account_id, coalesce(min(p.refreshed_at), now()) from (
                    select account_id from raci_assignment where tenant_id = :t
                    union select account_id from raci_person where tenant_id = :t) a
                left join raci_person p on p.tenant_id = :t and p.account_id = a.account_id
                group by a.account_id""");
    }

    @Override
    @Transactional
    public void erase(TenantId tenant, String accountId) {
        List<ScopeRef> scopes = store.erase(tenant, accountId);
        people.forget(tenant, accountId);
        scopes.forEach(s -> queue.scopeChanged(tenant, s));
    }

    @Override
    @Transactional
    public void refresh(TenantId tenant, Collection<String> accountIds) {
        List<String> ours = accountIds.stream().filter(id -> !store.scopesOf(tenant, id).isEmpty()
                || db.sql("select exists (select 1 from raci_person where tenant_id = :t and account_id = :a)")
                .param("t", tenant.value()).param("a", id).query(Boolean.class).single()).toList();
        if (!ours.isEmpty()) {
            people.remember(tenant, users.find(tenant, ours).values());
        }
    }
}
