package app.keystone.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads Keystone's mirror and inbox in tests, and waits for the asynchronous pipeline to settle. */
public final class MirrorProbe {

    private final JdbcClient db;

    public MirrorProbe(JdbcClient db) {
        this.db = db;
    }

    public UUID tenantId(String clientKey) {
        return db.sql("select id from tenant where client_key = ?").param(clientKey).query(UUID.class).single();
    }

    /** Every row of the tenant's mirror minus bookkeeping columns, ordered: comparable across tenants. */
    public List<Map<String, Object>> issues(UUID tenant) {
        return db.sql("""
                select issue_id, issue_key, project_id, project_key, summary, issue_type_id, hierarchy_level, parent_id,
                       status_id, status_category, assignee_id, story_points, due_date, array_to_string(labels, ',') as labels,
                       flagged, jira_updated, deleted_at
                from jira_issue where tenant_id = ? order by issue_id""").param(tenant).query().listOfRows();
    }

    public List<Map<String, Object>> links(UUID tenant) {
        return db.sql("""
                select link_id, source_id, destination_id, link_type, deleted_at is not null as deleted
                from jira_issue_link where tenant_id = ? order by link_id""").param(tenant).query().listOfRows();
    }

    public Map<String, Object> issue(UUID tenant, long issueId) {
        return db.sql("select * from jira_issue where tenant_id = ? and issue_id = ?").param(tenant).param(issueId)
                .query().listOfRows().stream().findFirst().orElse(null);
    }

    public long pending(UUID tenant) {
        return db.sql("select count(*) from jira_webhook_delivery where tenant_id = ? and state = 'pending'")
                .param(tenant).query(Long.class).single();
    }

    /** Waits until the inbox holds no pending event for the tenant. */
    public void awaitDrained(UUID tenant) {
        await(() -> pending(tenant) == 0, Duration.ofSeconds(30), "inbox of " + tenant + " to drain");
    }

    public static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
