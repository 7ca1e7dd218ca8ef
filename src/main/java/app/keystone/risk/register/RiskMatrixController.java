package app.keystone.risk.register;

import app.keystone.jira.JiraPermissions;
import app.keystone.shared.FieldErrors;
import app.keystone.shared.IfMatch;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/settings/risk-matrix}: the site's level thresholds and risk categories. Everyone reads them (forms
 * list the categories); only Jira administrators change them. A change re-levels every risk at once (levels are
 * computed on read) and rewrites the {@code keystone.risk} properties of linked issues.
 */
@RestController
@Tag(name = "Risks")
class RiskMatrixController {

    private final RiskSettings settings;
    private final JiraPermissions permissions;
    private final RiskProperty property;

    RiskMatrixController(RiskSettings settings, JiraPermissions permissions, RiskProperty property) {
        this.settings = settings;
        this.permissions = permissions;
        this.property = property;
    }

    record LevelRange(Level level, int from, int to) {
    }

    record MatrixView(int mediumFrom, int highFrom, int criticalFrom, List<LevelRange> levels,
                      List<String> categories, long version) {

        static MatrixView of(RiskMatrix m) {
            return new MatrixView(m.mediumFrom(), m.highFrom(), m.criticalFrom(), Arrays.stream(Level.values())
                    .map(l -> new LevelRange(l, m.from(l), m.to(l))).toList(), m.categories(), m.version());
        }
    }

    record MatrixInput(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer mediumFrom,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer highFrom,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer criticalFrom,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> categories) {
    }

    @GetMapping("/api/settings/risk-matrix")
    @Operation(summary = "The site's risk level thresholds and categories")
    ResponseEntity<MatrixView> get(TenantContext tenant) {
        RiskMatrix m = settings.matrix(tenant.tenantId());
        return ResponseEntity.ok().eTag(IfMatch.etag(m.version())).body(MatrixView.of(m));
    }

    @PutMapping("/api/settings/risk-matrix")
    @Operation(summary = "Replace the thresholds and categories (Jira administrators)")
    @Transactional
    public ResponseEntity<MatrixView> put(TenantContext tenant, @RequestBody MatrixInput in,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        permissions.requireSiteAdmin(tenant);
        IfMatch precondition = IfMatch.parse(ifMatch);
        settings.lock(tenant.tenantId());
        RiskMatrix current = settings.matrix(tenant.tenantId());
        precondition.check(current.version(), v -> new KeystoneProblem(412, "RISK_MATRIX_VERSION_MISMATCH",
                "Risk matrix changed meanwhile", "The matrix is now at version " + v + "; reload it."));
        RiskMatrix next = valid(in);
        settings.save(tenant.tenantId(), next);
        if (current.mediumFrom() != next.mediumFrom() || current.highFrom() != next.highFrom()
                || current.criticalFrom() != next.criticalFrom()) {
            property.matrixChanged(tenant.tenantId());
        }
        RiskMatrix saved = settings.matrix(tenant.tenantId());
        return ResponseEntity.ok().eTag(IfMatch.etag(saved.version())).body(MatrixView.of(saved));
    }

    private static RiskMatrix valid(MatrixInput in) {
        FieldErrors errors = new FieldErrors();
        int medium = threshold("mediumFrom", in.mediumFrom(), 2, errors);
        int high = threshold("highFrom", in.highFrom(), medium + 1, errors);
        int critical = threshold("criticalFrom", in.criticalFrom(), high + 1, errors);
        List<String> categories = new ArrayList<>();
        if (in.categories() == null || in.categories().isEmpty() || in.categories().size() > 30) {
            errors.add("categories", "must have 1..30 entries");
        } else {
            for (int i = 0; i < in.categories().size(); i++) {
                String c = in.categories().get(i) == null ? "" : in.categories().get(i).strip();
                if (c.isEmpty() || c.length() > 60) {
                    errors.add("categories[" + i + "]", "must be 1..60 characters");
                } else if (categories.stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(c.toLowerCase(Locale.ROOT)))) {
                    errors.add("categories[" + i + "]", "'" + c + "' is listed twice");
                } else {
                    categories.add(c);
                }
            }
        }
        errors.throwIfAny();
        return new RiskMatrix(medium, high, critical, categories, 0);
    }

    private static int threshold(String field, Integer value, int min, FieldErrors errors) {
        if (value == null) {
            errors.add(field, "is required");
            return min;
        }
        if (value < min || value > 25) {
            errors.add(field, "must be " + min + "..25 (mediumFrom < highFrom < criticalFrom)");
            return Math.max(min, Math.min(value, 25));
        }
        return value;
    }
}
