package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "may this caller do that here" from sandbox_permission_grant. The app holds every permission
 * (Keystone's scopes cover what it calls); an inactive user holds none. A grant without a project counts in
 * every project.
 */
@Component
@SandboxProfile
class Permissions {

    private final JdbcClient db;

    Permissions(JdbcClient db) {
        this.db = db;
    }

    /** A global permission, or a project permission in that project. */
    boolean has(Caller caller, SitePermission permission, long projectId) {
        return permission.global() ? hasAnywhere(caller, permission) : has(caller.accountId(), permission, projectId);
    }

    boolean has(String accountId, SitePermission permission, long projectId) {
        if (accountId == null) {
            return true;
        }
        if (permission.global()) {
            return hasAnywhere(accountId, permission);
        }
        return db.sql("""
                select exists (select 1 from sandbox_permission_grant g join sandbox_user u on u.account_id = g.account_id
                               where u.active and g.account_id = :a and g.permission = :p
                               and (g.project_id is null or g.project_id = :project))""")
                .param("a", accountId).param("p", permission.name()).param("project", projectId)
                .query(Boolean.class).single();
    }

    /** A global permission, or a project permission in at least one project (mypermissions without context). */
    boolean hasAnywhere(Caller caller, SitePermission permission) {
        return hasAnywhere(caller.accountId(), permission);
    }

    private boolean hasAnywhere(String accountId, SitePermission permission) {
        if (accountId == null) {
            return true;
        }
        return db.sql("""
                select exists (select 1 from sandbox_permission_grant g join sandbox_user u on u.account_id = g.account_id
                               where u.active and g.account_id = :a and g.permission = :p)""")
                .param("a", accountId).param("p", permission.name()).query(Boolean.class).single();
    }

    /** The projects whose issues the caller can see. */
    Set<Long> browsable(Caller caller) {
        return projectsWith(caller.accountId(), SitePermission.BROWSE_PROJECTS);
    }

    boolean canBrowse(Caller caller, long projectId) {
        return has(caller, SitePermission.BROWSE_PROJECTS, projectId);
    }

    Set<Long> projectsWith(String accountId, SitePermission permission) {
        if (accountId == null) {
            return new HashSet<>(db.sql("select id from sandbox_project").query(Long.class).list());
        }
        List<Long> ids = db.sql("""
                select p.id from sandbox_project p
                where exists (select 1 from sandbox_permission_grant g join sandbox_user u on u.account_id = g.account_id
                              where u.active and g.account_id = :a and g.permission = :p
                              and (g.project_id is null or g.project_id = p.id))""")
                .param("a", accountId).param("p", permission.name()).query(Long.class).list();
        return new HashSet<>(ids);
    }

    /** Active users holding a permission somewhere (e.g. the jira-administrators group is the ADMINISTER holders). */
    List<String> holders(SitePermission permission) {
        return db.sql("""
                select distinct g.account_id from sandbox_permission_grant g join sandbox_user u on u.account_id = g.account_id
                where u.active and g.permission = :p order by g.account_id""")
                .param("p", permission.name()).query(String.class).list();
    }
}
