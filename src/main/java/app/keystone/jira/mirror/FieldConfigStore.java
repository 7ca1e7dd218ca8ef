package app.keystone.jira.mirror;

import app.keystone.jira.payload.FieldIds;
import app.keystone.shared.TenantId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The custom field ids each site uses for story points, Flagged and Start date — discovered through
 * {@code GET /rest/api/3/field} at install, story points overridable by an admin. Read on every event, so
 * cached per tenant and dropped when changed (a node that misses the drop re-reads after {@link #TTL_MS}).
 */
@Component
public class FieldConfigStore {

    static final long TTL_MS = 60_000;

    private final JdbcClient db;
    private final Map<TenantId, Cached> cache = new ConcurrentHashMap<>();

    FieldConfigStore(JdbcClient db) {
        this.db = db;
    }

    private record Cached(FieldIds ids, long readAt) {
    }

    public FieldIds fieldIds(TenantId tenant) {
        Cached cached = cache.get(tenant);
        if (cached != null && System.currentTimeMillis() - cached.readAt() < TTL_MS) {
            return cached.ids();
        }
        FieldIds ids = db.sql("""
                select coalesce(story_points_override, story_points_field), flagged_field, start_date_field
                from jira_field_config where tenant_id = :t""")
                .param("t", tenant.value())
                .query((rs, n) -> new FieldIds(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElse(FieldIds.NONE);
        cache.put(tenant, new Cached(ids, System.currentTimeMillis()));
        return ids;
    }

    public boolean discovered(TenantId tenant) {
        return db.sql("select count(*) from jira_field_config where tenant_id = :t and discovered_at is not null")
                .param("t", tenant.value()).query(Integer.class).single() > 0;
    }

    public void saveDiscovered(TenantId tenant, FieldIds ids) {
        db.sql("""
                insert into jira_field_config (tenant_id, story_points_field, flagged_field, start_date_field, discovered_at)
                values (:t, :points, :flagged, :start, now())
                on conflict (tenant_id) do update set story_points_field = excluded.story_points_field,
                    flagged_field = excluded.flagged_field, start_date_field = excluded.start_date_field,
                    discovered_at = now()""")
                .param("t", tenant.value()).param("points", ids.storyPoints()).param("flagged", ids.flagged())
                .param("start", ids.startDate()).update();
        cache.remove(tenant);
    }

    /** An admin's choice of story points field; null returns to the discovered one. */
    public void overrideStoryPoints(TenantId tenant, String fieldId) {
        db.sql("""
                insert into jira_field_config (tenant_id, story_points_override) values (:t, :field)
                on conflict (tenant_id) do update set story_points_override = excluded.story_points_override""")
                .param("t", tenant.value()).param("field", fieldId).update();
        cache.remove(tenant);
    }
}
