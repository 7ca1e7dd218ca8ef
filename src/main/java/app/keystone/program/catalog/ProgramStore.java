package app.keystone.program.catalog;

import app.keystone.program.catalog.ProgramState.Milestone;
import app.keystone.shared.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes programs and their child rows (projects, roots, milestones). Every statement is scoped by tenant, so an
 * id from another site matches nothing. Reads live in {@link ProgramRows}.
 */
@Repository
class ProgramStore {

    private final JdbcClient db;
    private final ProgramRows rows;

    ProgramStore(JdbcClient db, ProgramRows rows) {
        this.db = db;
        this.rows = rows;
    }

    void insert(TenantId tenant, UUID id, ProgramState s) {
        db.sql("""
                insert into program (id, tenant_id, name, description, owner_account_id, start_date, target_date,
                    label_filter, issue_type_filter)
                values (:id, :t, :name, :description, :owner, :start, :target, :labels, :types)""")
                .param("id", id).param("t", tenant.value())
                .params(columns(s)).update();
        insertChildren(tenant, id, s);
    }

    /** The current row, locked until the transaction ends, so concurrent edits apply one after the other. */
    Optional<StoredProgram> lock(TenantId tenant, UUID id) {
        return rows.find(tenant, id, true);
    }

    void update(TenantId tenant, UUID id, ProgramState s) {
        db.sql("""
                update program set name = :name, description = :description, owner_account_id = :owner,
                    start_date = :start, target_date = :target, label_filter = :labels, issue_type_filter = :types,
                    status_override = :status, status_override_reason = :reason,
                    updated_at = now(), version = version + 1
                where tenant_id = :t and id = :id""")
                .param("id", id).param("t", tenant.value()).params(columns(s))
                .param("status", s.statusOverride() == null ? null : s.statusOverride().status().name())
                .param("reason", s.statusOverride() == null ? null : s.statusOverride().reason())
                .update();
        // replacing is simpler than diffing and cheap at these sizes (at most 100 projects, 500 roots)
        for (String table : new String[] {"program_project", "program_root", "program_milestone"}) {
            db.sql("delete from " + table + " where tenant_id = :t and program_id = :id")
                    .param("t", tenant.value()).param("id", id).update();
        }
        insertChildren(tenant, id, s);
    }

    boolean delete(TenantId tenant, UUID id) {
        return db.sql("delete from program where tenant_id = :t and id = :id")
                .param("t", tenant.value()).param("id", id).update() == 1;
    }

    /** Whether another program of the tenant has this name, compared as the unique index does. */
    boolean nameTaken(TenantId tenant, String name, UUID except) {
        return db.sql("select exists (select 1 from program where tenant_id = :t and lower(name) = lower(:name) "
                        + "and id <> :except)")
                .param("t", tenant.value()).param("name", name).param("except", except)
                .query(Boolean.class).single();
    }

    private static Map<String, Object> columns(ProgramState s) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", s.name());
        p.put("description", s.description());
        p.put("owner", s.ownerAccountId());
        p.put("start", s.startDate());
        p.put("target", s.targetDate());
        p.put("labels", s.labels().toArray(String[]::new));
        p.put("types", s.issueTypes().toArray(String[]::new));
        return p;
    }

    private void insertChildren(TenantId tenant, UUID id, ProgramState s) {
        for (String key : s.projectKeys()) {
            db.sql("insert into program_project (program_id, tenant_id, project_key) values (:id, :t, :key)")
                    .param("id", id).param("t", tenant.value()).param("key", key).update();
        }
        for (Long issueId : s.rootIssueIds()) {
            db.sql("insert into program_root (program_id, tenant_id, issue_id) values (:id, :t, :issue)")
                    .param("id", id).param("t", tenant.value()).param("issue", issueId).update();
        }
        for (Milestone m : s.milestones()) {
            db.sql("""
                    insert into program_milestone (id, program_id, tenant_id, name, due_date, issue_ids)
                    values (:mid, :id, :t, :name, :date, :issues)""")
                    .param("mid", m.id()).param("id", id).param("t", tenant.value()).param("name", m.name())
                    .param("date", m.date()).param("issues", m.issueIds().toArray(Long[]::new)).update();
        }
    }
}
