package app.keystone.program.rollup;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/programs/{programId}/dependencies}: the cross-project dependencies, off-track ones with why. */
@RestController
class DependenciesController {

    static final int LIMIT = 1000;

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

    record DependencyList(String programId, List<Dependencies.Dependency> items, boolean truncated) {
    }

    @GetMapping("/api/programs/{programId}/dependencies")
    DependencyList list(TenantContext tenant, @PathVariable String programId) {
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
        java.util.Set<String> visible = visibility.browsable(tenant, visibility.siteProjects(tenant));
        List<Dependencies.Dependency> items = dependencies.list(tenant.tenantId(), id, LocalDate.now(clock.withZone(zone)),
                visible, LIMIT + 1);
        boolean truncated = items.size() > LIMIT;
        return new DependencyList(id.toString(), truncated ? items.subList(0, LIMIT) : items, truncated);
    }
}
