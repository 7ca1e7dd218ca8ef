package app.keystone.jira;

import app.keystone.shared.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's searchable projection of its data into one issue entity property, written by the jira module's
 * shared publisher (batched, debounced, skipped when unchanged, retried). Implement as a bean; queue issues with
 * {@link IssuePropertyOutbox}.
 */
public interface IssuePropertyProjection {

    /** Returned by {@link #cleared()} to delete the property from an issue that no longer has data. */
    Object REMOVE = new Object() {
        @Override
        public String toString() {
            return "REMOVE";
        }
    };

    /** The entity property key, e.g. {@code keystone.raci}. */
    String propertyKey();

    /**
     * The property value (a Jackson-serialisable object) of each issue that should carry one; {@code written} are
     * those of the issues that carry one already. An issue left out gets no write unless it was written before;
     * then {@link #cleared()} replaces the old value. Values equal to what Jira has are not written again.
     */
    Map<Long, Object> project(TenantId tenant, List<Long> issueIds, Set<Long> written);

    /**
     * What a written issue that no longer has data gets, so JQL stops finding it: a value to write, {@link #REMOVE}
     * to delete the property, or null to leave the old value.
     */
    Object cleared();
}
