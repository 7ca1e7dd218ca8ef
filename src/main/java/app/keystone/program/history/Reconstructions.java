package app.keystone.program.history;

import app.keystone.shared.TenantId;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each program's {@link Reconstruction}, remembered while the program is unchanged: building one reads every member
 * (~1 s for 250k issues), and the Program page asks for the burn-up on every visit and poll. The key holds the row
 * versions of the program's maintained per-project sums (rollup_program): the rollup writer rewrites those rows for
 * any change of membership, status, level or points of an item, so a changed program is a new key. An entry lives
 * at most {@link #MAX_AGE}: a resolution date can move without any figure changing (done to done), which the key does
 * not see, and the rows' versions cannot show a member leaving and another with the same figures joining at once.
 */
@Component
class Reconstructions {

    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private record Key(UUID tenant, UUID program, String version) {
    }

    private final JdbcClient db;
    private final Cache<Key, Reconstruction> cache = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(MAX_AGE).build();

    Reconstructions(JdbcClient db) {
        this.db = db;
    }

    Reconstruction of(TenantId tenant, UUID programId) {
        String version = db.sql("""
                select coalesce(string_agg(project_key || ':' || xmin::text, ',' order by project_key), '')
                from rollup_program where program_id = :p and tenant_id = :t""")
                .param("p", programId).param("t", tenant.value()).query(String.class).single();
        return cache.get(new Key(tenant.value(), programId, version), k -> Reconstruction.load(db, tenant, programId));
    }
}
