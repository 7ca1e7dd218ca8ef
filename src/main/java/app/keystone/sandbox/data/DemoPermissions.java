package app.keystone.sandbox.data;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grants the demo users their permissions, once: everyone browses and works on every project (a grant with
 * no project, so generated projects are covered too) and may browse users; the contractor works only on the
 * projects the program shares with him, so PLAT is invisible to him; one user administers Jira. Runs after
 * DemoData (users must exist) and separately from it, so a database seeded before permissions existed gets
 * them on its next start.
 */
@Component
@SandboxProfile
public class DemoPermissions {

    private static final Logger log = LoggerFactory.getLogger(DemoPermissions.class);
    private static final List<String> CONTRACTOR_PROJECTS = List.of("WEB", "MOB", "PAY");

    private final JdbcClient db;

    DemoPermissions(JdbcClient db, DemoData usersFirst) {
        this.db = db;
        if (seedIfEmpty()) {
            log.info("Sandbox demo permissions granted");
        }
    }

    /** @return whether anything was granted */
    public boolean seedIfEmpty() {
        if (db.sql("select count(*) from sandbox_permission_grant").query(Integer.class).single() > 0) {
            return false;
        }
        DemoUsers.seed(db);
        List<SitePermission> project = Arrays.stream(SitePermission.values()).filter(p -> !p.global()).toList();
        String contractor = DemoUsers.accountId(DemoUsers.CONTRACTOR);
        for (DemoUsers.User u : DemoUsers.ALL) {
            grant(u.accountId(), SitePermission.USER_PICKER, null);
            if (u.accountId().equals(contractor)) {
                continue;
            }
            project.forEach(p -> grant(u.accountId(), p, null));
        }
        List<Long> shared = db.sql("select id from sandbox_project where key in (:keys)")
                .param("keys", CONTRACTOR_PROJECTS).query(Long.class).list();
        shared.forEach(id -> project.forEach(p -> grant(contractor, p, id)));
        grant(DemoUsers.accountId(DemoUsers.ADMIN), SitePermission.ADMINISTER, null);
        return true;
    }

    private void grant(String accountId, SitePermission permission, Long projectId) {
        db.sql("""
                insert into sandbox_permission_grant (account_id, permission, project_id)
                values (:account, :permission, :project) on conflict do nothing""")
                .param("account", accountId).param("permission", permission.name()).param("project", projectId, java.sql.Types.BIGINT)
                .update();
    }
}
