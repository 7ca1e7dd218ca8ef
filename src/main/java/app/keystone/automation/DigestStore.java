package app.keystone.automation;

import app.keystone.shared.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The digests sent (or due but not deliverable) per program and week ({@code automation_digest}); tenant-scoped. */
@Repository
class DigestStore {

    private final JdbcClient db;

    DigestStore(JdbcClient db) {
        this.db = db;
    }

    /** The program's previous digest: its week, the health it reported and when. */
    record Previous(String week, String health, Instant at) {
    }

    Optional<Previous> last(TenantId tenant, UUID programId) {
        return db.sql("""
                select week, health, created_at from automation_digest where tenant_id = :t and program_id = :p
                order by created_at desc limit 1""")
                .param("t", tenant.value()).param("p", programId)
                .query((rs, n) -> new Previous(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    void save(TenantId tenant, UUID programId, String week, String health, String reasonsJson, String body) {
        db.sql("""
                insert into automation_digest (tenant_id, program_id, week, health, reasons, body)
                values (:t, :p, :w, :h, cast(:r as jsonb), :b)
                on conflict (tenant_id, program_id, week) do update
                    set health = excluded.health, reasons = excluded.reasons, body = excluded.body,
                        created_at = excluded.created_at""")
                .param("t", tenant.value()).param("p", programId).param("w", week).param("h", health)
                .param("r", reasonsJson).param("b", body).update();
    }
}
