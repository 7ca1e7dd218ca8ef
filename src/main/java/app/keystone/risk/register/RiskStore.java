package app.keystone.risk.register;

import app.keystone.shared.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes risks, their links and their score log. Every statement is scoped by tenant. */
@Repository
class RiskStore {

    private final JdbcClient db;

    RiskStore(JdbcClient db) {
        this.db = db;
    }

    Optional<StoredRisk> find(TenantId tenant, UUID id, boolean lock) {
        return db.sql("select " + RiskRows.COLUMNS + " from risk r where r.tenant_id = :t and r.id = :id"
                        + (lock ? " for update of r" : ""))
                .param("t", tenant.value()).param("id", id).query((rs, n) -> RiskRows.map(rs)).optional();
    }

    void insert(TenantId tenant, UUID id, RiskState s, String createdBy) {
        db.sql("""
                insert into risk (id, tenant_id, title, description, category, probability, impact,
                    residual_probability, residual_impact, score, residual_score, exposure, roam, status,
                    owner_account_id, mitigation, contingency, trigger_text, review_date, due_date, proximity,
                    created_by)
                values (:id, :t, :title, :description, :category, :p, :i, :rp, :ri, :score, :rscore, :exposure,
                    :roam, :status, :owner, :mitigation, :contingency, :trigger, :review, :due, :proximity,
                    :createdBy)""")
                .param("id", id).param("t", tenant.value()).params(columns(s)).param("createdBy", createdBy).update();
        writeLinks(tenant, id, s);
        log(tenant, id, s);
    }

    void update(TenantId tenant, UUID id, RiskState s) {
        db.sql("""
                update risk set title = :title, description = :description, category = :category,
                    probability = :p, impact = :i, residual_probability = :rp, residual_impact = :ri, score = :score,
                    residual_score = :rscore, exposure = :exposure, roam = :roam, status = :status,
                    owner_account_id = :owner, mitigation = :mitigation, contingency = :contingency,
                    trigger_text = :trigger, review_date = :review, due_date = :due, proximity = :proximity,
                    updated_at = now(), version = version + 1
                where tenant_id = :t and id = :id""")
                .param("id", id).param("t", tenant.value()).params(columns(s)).update();
        for (String table : new String[] {"risk_program", "risk_project", "risk_issue"}) {
            db.sql("delete from " + table + " where tenant_id = :t and risk_id = :id")
                    .param("t", tenant.value()).param("id", id).update();
        }
        writeLinks(tenant, id, s);
        log(tenant, id, s);
    }

    void delete(TenantId tenant, UUID id, RiskState last) {
        db.sql("delete from risk where tenant_id = :t and id = :id").param("t", tenant.value()).param("id", id)
                .update();
        // a deleted risk no longer adds to the register's exposure from now on
        db.sql("""
                insert into risk_score_log (tenant_id, risk_id, score, residual_score, exposure, open)
                values (:t, :id, :score, :rscore, :exposure, false)""")
                .param("t", tenant.value()).param("id", id).param("score", last.score())
                .param("rscore", last.residualScore()).param("exposure", last.exposure()).update();
    }

    private void log(TenantId tenant, UUID id, RiskState s) {
        db.sql("""
                insert into risk_score_log (tenant_id, risk_id, score, residual_score, exposure, open)
                values (:t, :id, :score, :rscore, :exposure, :open)""")
                .param("t", tenant.value()).param("id", id).param("score", s.score())
                .param("rscore", s.residualScore()).param("exposure", s.exposure()).param("open", s.open()).update();
    }

    private void writeLinks(TenantId tenant, UUID id, RiskState s) {
        s.programIds().forEach(p -> db.sql("insert into risk_program (risk_id, tenant_id, program_id) values (:id, :t, :v)")
                .param("id", id).param("t", tenant.value()).param("v", p).update());
        s.projectKeys().forEach(p -> db.sql("insert into risk_project (risk_id, tenant_id, project_key) values (:id, :t, :v)")
                .param("id", id).param("t", tenant.value()).param("v", p).update());
        s.issueIds().forEach(p -> db.sql("insert into risk_issue (risk_id, tenant_id, issue_id) values (:id, :t, :v)")
                .param("id", id).param("t", tenant.value()).param("v", p).update());
    }

    private static Map<String, Object> columns(RiskState s) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", s.title());
        p.put("description", s.description());
        p.put("category", s.category());
        p.put("p", s.probability());
        p.put("i", s.impact());
        p.put("rp", s.residualProbability());
        p.put("ri", s.residualImpact());
        p.put("score", s.score());
        p.put("rscore", s.residualScore());
        p.put("exposure", s.exposure());
        p.put("roam", s.roam().name());
        p.put("status", s.status().name());
        p.put("owner", s.ownerAccountId());
        p.put("mitigation", s.mitigation());
        p.put("contingency", s.contingency());
        p.put("trigger", s.trigger());
        p.put("review", s.reviewDate());
        p.put("due", s.dueDate());
        p.put("proximity", s.proximity() == null ? null : s.proximity().name());
        return p;
    }
}
