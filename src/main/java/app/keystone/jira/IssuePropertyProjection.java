package app.keystone.jira;

import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module's issue entity property, kept in Jira by {@link IssuePropertyOutbox}: the module queues issue ids in its
 * outbox table (columns {@code seq bigserial, tenant_id, issue_id}) and remembers what was written in its state table
 * (columns {@code tenant_id, issue_id, value jsonb, written_at}, key {@code (tenant_id, issue_id)}).
 */
public interface IssuePropertyProjection {

    /** The entity property key, e.g. {@code keystone.risk}. */
    String propertyKey();

    /** Table names are constants of the implementing module, never input. */
    String outboxTable();

    String stateTable();

    /**
     * The current value of the property for each of {@code issueIds}. An issue missing from the answer has no value:
     * its property is removed if one was written ({@code written} holds the ids that have one), else left alone.
     */
    Map<Long, ObjectNode> project(TenantId tenant, List<Long> issueIds, Set<Long> written);
}
