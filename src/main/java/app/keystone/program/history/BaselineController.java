package app.keystone.program.history;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET|PUT|DELETE /api/programs/{programId}/baseline}: the TPM fixes the program's scope on a day (today by
 * default, or an earlier day of its history) and the burn-up then shows the scope change since. One baseline per
 * program; setting another replaces it.
 */
@RestController
class BaselineController {

    private final JdbcClient db;
    private final BurnupController burnup;
    private final Baselines baselines;
    private final Clock clock = Clock.systemUTC();

    BaselineController(JdbcClient db, BurnupController burnup, Baselines baselines) {
        this.db = db;
        this.burnup = burnup;
        this.baselines = baselines;
    }

    /** {@code date}: the day whose scope becomes the baseline, e.g. 2026-11-02; absent means today. */
    record BaselineInput(String date) {
    }

    @GetMapping("/api/programs/{programId}/baseline")
    Baselines.Baseline get(TenantContext tenant, @PathVariable String programId) {
        UUID id = existing(tenant, programId);
        return baselines.find(tenant.tenantId(), id).orElseThrow(() -> new KeystoneProblem(404, "BASELINE_NOT_SET",
                "No baseline", "This program has no baseline yet; set one to measure scope change."));
    }

    @PutMapping("/api/programs/{programId}/baseline")
    Baselines.Baseline set(TenantContext tenant, @PathVariable String programId,
                           @RequestBody(required = false) BaselineInput input) {
        UUID id = existing(tenant, programId);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today;
        FieldErrors errors = new FieldErrors();
        if (input != null && input.date() != null) {
            try {
                date = LocalDate.parse(input.date());
                if (date.isAfter(today)) {
                    errors.add("date", "must not be in the future: a baseline is the scope as it was");
                } else if (date.isBefore(today.minusDays(BurnupController.MAX_DAYS))) {
                    errors.add("date", "must be within the last " + BurnupController.MAX_DAYS + " days");
                }
            } catch (DateTimeParseException e) {
                errors.add("date", "must be a date like 2026-12-31");
            }
        }
        errors.throwIfAny();
        return baselines.save(tenant.tenantId(), id, burnup.day(tenant.tenantId(), id, date),
                tenant.accountId().orElse(null));
    }

    @DeleteMapping("/api/programs/{programId}/baseline")
    ResponseEntity<Void> clear(TenantContext tenant, @PathVariable String programId) {
        baselines.delete(tenant.tenantId(), existing(tenant, programId));
        return ResponseEntity.noContent().build();
    }

    private UUID existing(TenantContext tenant, String programId) {
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
        return id;
    }
}
