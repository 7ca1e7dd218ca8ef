package app.keystone.raci;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** RACI assignments and scope versions; every statement is scoped by tenant, so another site's ids match nothing. */
@Repository
class RaciStore {

    private final JdbcClient db;

    RaciStore(JdbcClient db) {
        this.db = db;
    }

    List<Assignment> own(TenantId tenant, ScopeRef scope) {
        return own(tenant, scope.type(), List.of(scope.id())).getOrDefault(scope, List.of());
    }

    /** Own assignments of these scopes (of one type), by scope, A first. */
    Map<ScopeRef, List<Assignment>> own(TenantId tenant, String type, Collection<String> ids) {
        Map<ScopeRef, List<Assignment>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        db.sql("""
                select scope_id, account_id, role, note from raci_assignment
                where tenant_id = :t and scope_type = :type and scope_id = any(cast(:ids as text[]))
                order by scope_id, position(role in 'ARCI'), account_id""")
                .param("t", tenant.value()).param("type", type).param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> {
                    ScopeRef scope = new ScopeRef(type, rs.getString(1));
                    return result.computeIfAbsent(scope, k -> new ArrayList<>()).add(new Assignment(rs.getString(2),
                            Role.parse(rs.getString(3).trim()), rs.getString(4), scope));
                }).list();
        return result;
    }

    long version(TenantId tenant, ScopeRef scope) {
        return db.sql("select version from raci_scope where tenant_id = :t and scope_type = :type and scope_id = :id")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id())
                .query(Long.class).optional().orElse(0L);
    }

    /** The scope's version, its row locked until the transaction ends so saves of one scope apply in turn. */
    long lock(TenantId tenant, ScopeRef scope) {
        db.sql("""
                insert into raci_scope (tenant_id, scope_type, scope_id) values (:t, :type, :id)
                on conflict do nothing""")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id()).update();
        return db.sql("""
                select version from raci_scope where tenant_id = :t and scope_type = :type and scope_id = :id
                for update""")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id())
                .query(Long.class).single();
    }

    /** Replaces the scope's own assignments; @return the new version */
    long replace(TenantId tenant, ScopeRef scope, List<Assignment> assignments) {
        db.sql("delete from raci_assignment where tenant_id = :t and scope_type = :type and scope_id = :id")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id()).update();
        for (Assignment a : assignments) {
            db.sql("""
                    insert into raci_assignment (tenant_id, scope_type, scope_id, account_id, role, note)
                    values (:t, :type, :id, :a, :r, :note)""")
                    .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id())
                    .param("a", a.accountId()).param("r", a.role().name()).param("note", a.note()).update();
        }
        return db.sql("""
                update raci_scope set version = version + 1, updated_at = now()
                where tenant_id = :t and scope_type = :type and scope_id = :id returning version""")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id())
                .query(Long.class).single();
    }

    void deleteScope(TenantId tenant, ScopeRef scope) {
        db.sql("delete from raci_scope where tenant_id = :t and scope_type = :type and scope_id = :id")
                .param("t", tenant.value()).param("type", scope.type()).param("id", scope.id()).update();
    }

    /** Whether the site uses RACI at all: mirror events of sites without it queue nothing. */
    boolean anyAssignment(TenantId tenant) {
        return db.sql("select exists (select 1 from raci_assignment where tenant_id = :t)")
                .param("t", tenant.value()).query(Boolean.class).single();
    }

    void deleteIssueScopesNotMirrored(TenantId tenant) {
        db.sql("""
                delete from raci_scope s where s.tenant_id = :t and s.scope_type = 'issue' and not exists (
                    select 1 from jira_issue i where i.tenant_id = s.tenant_id and i.issue_id = s.scope_id::bigint
                    and i.deleted_at is null)""").param("t", tenant.value()).update();
    }

    /** Every scope where this person holds a role. */
    List<ScopeRef> scopesOf(TenantId tenant, String accountId) {
        return db.sql("""
                select distinct scope_type as type, scope_id as id from raci_assignment where tenant_id = :t and account_id = :a""")
                .param("t", tenant.value()).param("a", accountId).query(ScopeRef.class).list();
    }

    /** Removes the person from every scope; @return the scopes they were in. */
    List<ScopeRef> erase(TenantId tenant, String accountId) {
        List<ScopeRef> scopes = scopesOf(tenant, accountId);
        db.sql("""
                update raci_scope s set version = version + 1, updated_at = now()
                where tenant_id = :t and exists (select 1 from raci_assignment a where a.tenant_id = s.tenant_id
                    and a.scope_type = s.scope_type and a.scope_id = s.scope_id and a.account_id = :a)""")
                .param("t", tenant.value()).param("a", accountId).update();
        db.sql("delete from raci_assignment where tenant_id = :t and account_id = :a")
                .param("t", tenant.value()).param("a", accountId).update();
        return scopes;
    }
}
