package app.keystone.jira.mirror;

import app.keystone.jira.payload.LinkSnapshot;
import app.keystone.shared.TenantId;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * jira_issue_link rows. A link's row only moves forward in event time; when a create and a delete carry the
 * same time the delete wins (Jira never re-creates a link id).
 */
final class MirrorLinks {

    private MirrorLinks() {
    }

    /** @return true when the stored state changed (appeared, disappeared, or its ends changed). */
    static boolean upsert(JdbcClient db, TenantId tenant, LinkSnapshot link, Instant at, boolean deleted) {
        MirrorRow.advisoryLock(db, tenant, "link", link.linkId());
        Optional<Stored> before = db.sql("""
                select source_id, destination_id, event_time, deleted_at is not null as deleted from jira_issue_link
                where tenant_id = :t and link_id = :id for update""")
                .param("t", tenant.value()).param("id", link.linkId())
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getBoolean(4)))
                .optional();
        if (before.isPresent()) {
            Stored old = before.get();
            int byTime = at.compareTo(old.eventTime());
            if (byTime < 0 || byTime == 0 && (!deleted || old.deleted())) {
                return false;
            }
        }
        db.sql("""
                insert into jira_issue_link (tenant_id, link_id, source_id, destination_id, link_type, event_time, deleted_at)
                values (:t, :id, :source, :destination, :type, :at, :deletedAt)
                on conflict (tenant_id, link_id) do update set source_id = excluded.source_id,
                    destination_id = excluded.destination_id,
                    link_type = coalesce(excluded.link_type, jira_issue_link.link_type),
                    event_time = excluded.event_time, deleted_at = excluded.deleted_at""")
                .param("t", tenant.value()).param("id", link.linkId()).param("source", link.sourceId())
                .param("destination", link.destinationId()).param("type", link.type())
                .param("at", Timestamp.from(at))
                .param("deletedAt", deleted ? at.atOffset(ZoneOffset.UTC) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                .update();
        return before.map(old -> old.deleted() != deleted || old.sourceId() != link.sourceId()
                || old.destinationId() != link.destinationId()).orElse(!deleted);
    }

    private record Stored(long sourceId, long destinationId, Instant eventTime, boolean deleted) {
    }

    static List<LinkSnapshot> aliveOf(JdbcClient db, TenantId tenant, long issueId) {
        return db.sql("""
                select link_id, source_id, destination_id, link_type from jira_issue_link
                where tenant_id = :t and deleted_at is null and (source_id = :id or destination_id = :id)""")
                .param("t", tenant.value()).param("id", issueId)
                .query((rs, n) -> new LinkSnapshot(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    /** {@link #aliveOf} for many issues in one statement (one index probe per end), by issue. */
    static Map<Long, List<LinkSnapshot>> aliveOfAll(JdbcClient db, TenantId tenant, List<Long> issueIds) {
        Map<Long, List<LinkSnapshot>> alive = new HashMap<>();
        if (issueIds.isEmpty()) {
            return alive;
        }
        db.sql("""
                select i.id, l.link_id, l.source_id, l.destination_id, l.link_type
                from unnest(cast(:ids as bigint[])) as i(id)
                join jira_issue_link l on l.tenant_id = :t and l.deleted_at is null and l.source_id = i.id
                union all
                select i.id, l.link_id, l.source_id, l.destination_id, l.link_type
                from unnest(cast(:ids as bigint[])) as i(id)
                join jira_issue_link l on l.tenant_id = :t and l.deleted_at is null and l.destination_id = i.id
                  and l.source_id <> i.id""")
                .param("t", tenant.value()).param("ids", issueIds.toArray(Long[]::new))
                .query((rs, n) -> alive.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new LinkSnapshot(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5))))
                .list();
        return alive;
    }
}
