package app.keystone.program;

import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may ask about programs: which ids exist on a site, their names, which issues they contain. */
@Component
public class Programs {

    private final JdbcClient db;

    Programs(JdbcClient db) {
        this.db = db;
    }

    /** Names of the tenant's programs among {@code ids}; ids of other sites or deleted programs are missing. */
    public Map<UUID, String> names(TenantId tenant, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql("select id, name from program where tenant_id = :t and id in (:ids)")
                    .param("t", tenant.value()).param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return names;
    }

    /** Which of {@code issueIds} belong to the program (its projects, filtered, and its roots' descendants). */
    public java.util.Set<Long> members(TenantId tenant, UUID programId, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(db.sql("""
                select issue_id from program_issue
                where tenant_id = :t and program_id = :p and issue_id in (:ids)""")
                .param("t", tenant.value()).param("p", programId).param("ids", issueIds).query(Long.class).list());
    }
}
