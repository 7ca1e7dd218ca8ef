package app.keystone.risk.register;

import app.keystone.shared.IfMatch;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/risks}: the cross-project register. Responses carry the risk's version as a strong ETag; PATCH and
 * DELETE honour {@code If-Match} (412 RISK_VERSION_MISMATCH). Filters are described in docs/risks.md.
 */
@RestController
@RequestMapping("/api/risks")
@Tag(name = "Risks")
class RiskController {

    private final RiskRegister register;
    private final RiskQuery query;
    private final RiskViews views;
    private final RiskAnalytics analytics;
    private final RiskPatchReader patches;

    RiskController(RiskRegister register, RiskQuery query, RiskViews views, RiskAnalytics analytics,
                   RiskPatchReader patches) {
        this.register = register;
        this.query = query;
        this.views = views;
        this.analytics = analytics;
        this.patches = patches;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Page<T>(List<T> items, String nextCursor) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Items<T>(List<T> items) {
    }

    @PostMapping
    @Operation(summary = "Create a risk")
    ResponseEntity<RiskView> create(TenantContext tenant, @RequestBody NewRisk request) {
        RiskView risk = register.create(tenant, request);
        return ResponseEntity.created(URI.create("/api/risks/" + risk.id()))
                .eTag(IfMatch.etag(risk.version())).body(risk);
    }

    @GetMapping
    @Operation(summary = "The register: filtered, sorted, keyset-paged (the same filters apply to top, heatmap, "
            + "exposure, trend and the exports)")
    @Parameters({
            @Parameter(name = "programId", in = ParameterIn.QUERY, description = "risks linked to the program"),
            @Parameter(name = "projectKey", in = ParameterIn.QUERY,
                    description = "linked to the project or to an issue of it"),
            @Parameter(name = "issueId", in = ParameterIn.QUERY, description = "linked to the issue"),
            @Parameter(name = "rootIssueId", in = ParameterIn.QUERY,
                    description = "linked to the issue or one of its descendants"),
            @Parameter(name = "level", in = ParameterIn.QUERY, description = "LOW|MEDIUM|HIGH|CRITICAL of exposure"),
            @Parameter(name = "roam", in = ParameterIn.QUERY, description = "OWNED|ACCEPTED|MITIGATED|RESOLVED"),
            @Parameter(name = "status", in = ParameterIn.QUERY, description = "OPEN|CLOSED"),
            @Parameter(name = "ownerAccountId", in = ParameterIn.QUERY),
            @Parameter(name = "overdueReview", in = ParameterIn.QUERY, description = "true: open, review date past"),
            @Parameter(name = "q", in = ParameterIn.QUERY, description = "title or description contains"),
            @Parameter(name = "category", in = ParameterIn.QUERY),
            @Parameter(name = "probability", in = ParameterIn.QUERY, description = "heat map cell, 1..5"),
            @Parameter(name = "impact", in = ParameterIn.QUERY, description = "heat map cell, 1..5"),
            @Parameter(name = "residualProbability", in = ParameterIn.QUERY, description = "residual cell, 1..5"),
            @Parameter(name = "residualImpact", in = ParameterIn.QUERY, description = "residual cell, 1..5"),
            @Parameter(name = "sort", in = ParameterIn.QUERY, description = "exposure|score|residualScore|title|"
                    + "reviewDate|dueDate|createdAt|updatedAt, '-' first = descending; default -exposure"),
            @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "from the previous page's nextCursor"),
            @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1..200, default 50")})
    Page<RiskView> list(TenantContext tenant, @Parameter(hidden = true) @RequestParam Map<String, String> params) {
        RiskParams p = new RiskParams(params);
        RiskFilter filter = p.filter();
        int limit = p.limit(50, 200);
        RiskQuery.Page page = query.page(tenant, filter, RiskSort.parse(params.get("sort")), params.get("cursor"),
                limit);
        return new Page<>(views.views(tenant.tenantId(), page.risks()), page.nextCursor());
    }

    @GetMapping("/top")
    @Operation(summary = "Open risks by exposure, highest first")
    Items<RiskView> top(TenantContext tenant, @RequestParam Map<String, String> params) {
        RiskParams p = new RiskParams(params);
        RiskFilter filter = p.filter().open();
        RiskQuery.Page page = query.page(tenant, filter, RiskSort.DEFAULT, null, p.limit(5, 50));
        return new Items<>(views.views(tenant.tenantId(), page.risks()));
    }

    @GetMapping("/heatmap")
    @Operation(summary = "5x5 counts by probability x impact, inherent and residual (open risks unless status= says)")
    RiskAnalytics.Heatmap heatmap(TenantContext tenant, @RequestParam Map<String, String> params) {
        RiskFilter filter = new RiskParams(params).filter().withoutCell();
        return analytics.heatmap(tenant, filter.status() == null ? filter.open() : filter);
    }

    @GetMapping("/exposure")
    @Operation(summary = "Open risks' exposure: of a program (programId), an issue's subtree (rootIssueId), ...")
    RiskAnalytics.Exposure exposure(TenantContext tenant, @RequestParam Map<String, String> params) {
        return analytics.exposure(tenant, new RiskParams(params).filter());
    }

    @GetMapping("/trend")
    @Operation(summary = "Open risks and exposure per day (from/to, default the last 90 days, at most 366)")
    Items<RiskAnalytics.TrendPoint> trend(TenantContext tenant, @RequestParam Map<String, String> params) {
        RiskParams p = new RiskParams(params);
        RiskFilter filter = p.filter();
        LocalDate to = p.date("to", LocalDate.now(java.time.ZoneOffset.UTC));
        LocalDate from = p.date("from", to.minusDays(89));
        if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > 365) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                    List.of(new KeystoneProblem.FieldError("from", "must be on or before to, at most 366 days")));
        }
        return new Items<>(analytics.trend(tenant, filter, from, to));
    }

    @GetMapping("/{riskId}")
    @Operation(summary = "Get a risk")
    ResponseEntity<RiskView> get(TenantContext tenant, @PathVariable @Schema(format = "uuid") String riskId) {
        RiskView risk = register.get(tenant, id(riskId));
        return ResponseEntity.ok().eTag(IfMatch.etag(risk.version())).body(risk);
    }

    @PatchMapping(path = "/{riskId}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a risk (JSON merge-patch; send If-Match: \"<version>\" to avoid lost updates)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = RiskPatch.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = RiskPatch.class))})
    ResponseEntity<RiskView> patch(TenantContext tenant, @PathVariable @Schema(format = "uuid") String riskId,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                   @RequestBody ObjectNode body) {
        RiskPatch patch = patches.read(body);
        RiskView risk = register.patch(tenant, id(riskId), patch, IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(risk.version())).body(risk);
    }

    @DeleteMapping("/{riskId}")
    @Operation(summary = "Delete a risk (its history stays)")
    ResponseEntity<Void> delete(TenantContext tenant, @PathVariable @Schema(format = "uuid") String riskId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        register.delete(tenant, id(riskId), IfMatch.parse(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{riskId}/history")
    @Operation(summary = "Every change of the risk: who, when, field, from, to")
    Items<RiskHistory.Entry> history(TenantContext tenant, @PathVariable @Schema(format = "uuid") String riskId) {
        return new Items<>(register.history(tenant, id(riskId)));
    }

    @GetMapping("/{riskId}/trend")
    @Operation(summary = "The risk's scores after each change")
    Items<RiskAnalytics.ScorePoint> scoreTrend(TenantContext tenant,
                                               @PathVariable @Schema(format = "uuid") String riskId) {
        UUID id = id(riskId);
        register.get(tenant, id);
        return new Items<>(analytics.scores(tenant, id));
    }

    static UUID id(String riskId) {
        if (!RiskParams.UUID_TEXT.matcher(riskId).matches()) {
            throw new KeystoneProblem(400, "INVALID_RISK_ID", "Invalid risk id",
                    "A risk id is a UUID, e.g. 3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90.");
        }
        return UUID.fromString(riskId);
    }
}
