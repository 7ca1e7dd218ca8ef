package app.keystone.program.rollup;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/programs/{programId}/dependencies?cursor=&limit=}: the cross-project dependencies by blocker key
 * then blocked key, a page at a time, off-track ones with why; {@code total} counts every one the user may see.
 */
@RestController
class DependenciesController {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 1000;

    private final JdbcClient db;
    private final Dependencies dependencies;
    private final Visibility visibility;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone;

    DependenciesController(JdbcClient db, Dependencies dependencies, Visibility visibility,
                           @Value("${keystone.rollup.time-zone:UTC}") String zone) {
        this.db = db;
        this.dependencies = dependencies;
        this.visibility = visibility;
        this.zone = ZoneId.of(zone);
    }

    /** {@code truncated} (more pages follow) is kept for views written before paging. */
    record DependencyList(String programId, List<Dependencies.Dependency> items, long total, String nextCursor,
                          boolean truncated) {
    }

    @GetMapping("/api/programs/{programId}/dependencies")
    DependencyList list(TenantContext tenant, @PathVariable String programId,
                        @RequestParam(required = false) String cursor, @RequestParam(required = false) String limit) {
        int pageSize = limit(limit);
        Dependencies.After after = cursor == null || cursor.isEmpty() ? null : DependencyCursor.decode(cursor);
        UUID id;
        try {
            id = UUID.fromString(programId);
        } catch (IllegalArgumentException e) {
            throw new KeystoneProblem(400, "INVALID_PROGRAM_ID", "Invalid program id", "A program id is a UUID.");
        }
        if (db.sql("select count(*) from program where id = :p and tenant_id = :t").param("p", id)
                .param("t", tenant.tenantId().value()).query(Integer.class).single() == 0) {
            throw new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found", "No program " + id + " on this site.");
        }
        Set<String> visible = visibility.browsable(tenant, visibility.siteProjects(tenant));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Dependencies.Page page = dependencies.list(tenant.tenantId(), id, today, visible, after, pageSize);
        // the rollup's own count (one aggregate over the program's narrow rows, grouped by project pair)
        long total = dependencies.count(tenant.tenantId(), id, today, visible).crossProject();
        String next = page.next() == null ? null : DependencyCursor.encode(page.next());
        return new DependencyList(id.toString(), page.items(), total, next, next != null);
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        if (value.matches("[0-9]{1,4}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= MAX_LIMIT) {
            return Integer.parseInt(value);
        }
        throw new KeystoneProblem(400, "INVALID_LIMIT", "Invalid limit",
                "limit is a whole number from 1 to " + MAX_LIMIT + ".",
                List.of(new KeystoneProblem.FieldError("limit", "from 1 to " + MAX_LIMIT)));
    }
}
