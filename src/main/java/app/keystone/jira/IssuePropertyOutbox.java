package app.keystone.jira;

import app.keystone.shared.TenantId;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues issues whose entity property (of an {@link IssuePropertyProjection}) may need rewriting. Call inside the
 * transaction that changed the data: the mark commits with the change or not at all.
 */
@Component
public class IssuePropertyOutbox {

    private static final int MAX_DEPTH = 50;

    private final JdbcClient db;

    IssuePropertyOutbox(JdbcClient db) {
        this.db = db;
    }

    public void queue(TenantId tenant, String propertyKey, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        db.sql("""
                insert into issue_property_outbox (tenant_id, property_key, issue_id)
                select cast(:t as uuid), cast(:k as varchar), id from unnest(cast(:ids as bigint[])) as id""")
                .param("t", tenant.value()).param("k", propertyKey)
                .param("ids", issueIds.stream().distinct().toArray(Long[]::new)).update();
    }

    /** The issues and all their live descendants in the mirror, in any project. */
    public void queueSubtrees(TenantId tenant, String propertyKey, Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return;
        }
        db.sql("""
                insert into issue_property_outbox (tenant_id, property_key, issue_id)
                with recursive tree (issue_id, depth) as (
                    select id, 0 from unnest(cast(:ids as bigint[])) as id
                    union
                    select c.issue_id, tree.depth + 1 from jira_issue c join tree on c.parent_id = tree.issue_id
                    where c.tenant_id = :t and c.deleted_at is null and tree.depth < :max)
                select distinct cast(:t as uuid), cast(:k as varchar), issue_id from tree""")
                .param("t", tenant.value()).param("k", propertyKey).param("max", MAX_DEPTH)
                .param("ids", rootIds.stream().distinct().toArray(Long[]::new)).update();
    }

    /** Every issue that carries this property now, e.g. when data they all may inherit from went away. */
    public void requeueWritten(TenantId tenant, String propertyKey) {
        db.sql("""
                insert into issue_property_outbox (tenant_id, property_key, issue_id)
                select tenant_id, property_key, issue_id from issue_property_state
                where tenant_id = :t and property_key = :k""")
                .param("t", tenant.value()).param("k", propertyKey).update();
    }
}
