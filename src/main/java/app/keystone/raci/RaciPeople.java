package app.keystone.raci;

import app.keystone.jira.JiraUser;
import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The display data of assigned people, cached from Jira's answers (so reads never wait for Jira). */
@Component
class RaciPeople {

    private final JdbcClient db;

    RaciPeople(JdbcClient db) {
        this.db = db;
    }

    Map<String, Person> find(TenantId tenant, Collection<String> accountIds) {
        Map<String, Person> found = new HashMap<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        db.sql("""
                select account_id, display_name, avatar_url, active from raci_person
                where tenant_id = :t and account_id = any(cast(:ids as text[]))""")
                .param("t", tenant.value()).param("ids", accountIds.toArray(String[]::new)).query(Person.class).list()
                .forEach(p -> found.put(p.accountId(), p));
        accountIds.forEach(id -> found.putIfAbsent(id, Person.unknown(id)));
        return found;
    }

    void remember(TenantId tenant, Collection<JiraUser> users) {
        for (JiraUser u : users) {
            db.sql("""
                    insert into raci_person (tenant_id, account_id, display_name, avatar_url, active)
                    values (:t, :a, :name, :avatar, :active)
                    on conflict (tenant_id, account_id) do update set display_name = excluded.display_name,
                        avatar_url = excluded.avatar_url, active = excluded.active, refreshed_at = now()""")
                    .param("t", tenant.value()).param("a", u.accountId()).param("name", u.displayName())
                    .param("avatar", u.avatarUrl()).param("active", u.active()).update();
        }
    }

    void forget(TenantId tenant, String accountId) {
        db.sql("delete from raci_person where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", accountId).update();
    }
}
