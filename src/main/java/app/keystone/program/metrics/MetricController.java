package app.keystone.program.metrics;

import app.keystone.shared.IfMatch;
import app.keystone.shared.JsonBodies;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
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
 * {@code /api/programs/{programId}/metrics}: a program's metrics, their samples, manual values and on-demand
 * sampling ({@code POST .../{metricId}/samples:run}). Metric responses carry the version as a strong ETag; PATCH
 * and DELETE honour {@code If-Match}.
 */
@RestController
@RequestMapping("/api/programs/{programId}/metrics")
@Tag(name = "Program metrics")
class MetricController {

    private final MetricCatalog catalog;
    private final ObjectMapper json;

    MetricController(MetricCatalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "A program's metrics, by name, with current value, trend and on-track status")
    MetricView.Page list(TenantContext tenant, @PathVariable String programId) {
        return catalog.list(tenant.tenantId(), program(programId));
    }

    @PostMapping
    @Operation(summary = "Add a metric (a JQL source is checked with Jira; the first value is sampled at once)")
    ResponseEntity<MetricView> create(TenantContext tenant, @PathVariable String programId,
                                      @RequestBody NewMetric request) {
        UUID program = program(programId);
        MetricView metric = catalog.create(tenant, program, request);
        return ResponseEntity.created(URI.create("/api/programs/" + program + "/metrics/" + metric.id()))
                .eTag(IfMatch.etag(metric.version())).body(metric);
    }

    @GetMapping("/{metricId}")
    @Operation(summary = "Get a metric")
    ResponseEntity<MetricView> get(TenantContext tenant, @PathVariable String programId,
                                   @PathVariable String metricId) {
        MetricView metric = catalog.get(tenant.tenantId(), program(programId), metric(metricId));
        return ResponseEntity.ok().eTag(IfMatch.etag(metric.version())).body(metric);
    }

    @PatchMapping(path = "/{metricId}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a metric (JSON merge-patch; source is replaced whole; If-Match avoids lost updates)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            schema = @Schema(implementation = NewMetric.class)))
    ResponseEntity<MetricView> patch(TenantContext tenant, @PathVariable String programId,
                                     @PathVariable String metricId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestBody ObjectNode body) {
        UUID program = program(programId);
        UUID id = metric(metricId);
        IfMatch precondition = IfMatch.parse(ifMatch);
        StoredMetric current = catalog.find(tenant.tenantId(), program, id);
        ObjectNode merged = json.valueToTree(current.definition());
        // merge-patch at the top level; the source is one choice, replaced whole so no stale parameter survives
        body.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        NewMetric patched = JsonBodies.read(json, merged, NewMetric.class);
        MetricView metric = catalog.patch(tenant.tenantId(), program, id, patched, body.has("source"), precondition);
        return ResponseEntity.ok().eTag(IfMatch.etag(metric.version())).body(metric);
    }

    @DeleteMapping("/{metricId}")
    @Operation(summary = "Delete a metric and its values")
    ResponseEntity<Void> delete(TenantContext tenant, @PathVariable String programId, @PathVariable String metricId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        catalog.delete(tenant.tenantId(), program(programId), metric(metricId), IfMatch.parse(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{metricId}/samples")
    @Operation(summary = "A metric's values, oldest first, paged")
    MetricView.SamplePage samples(TenantContext tenant, @PathVariable String programId,
                                  @PathVariable String metricId,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        int size = limit == null ? 500 : limit;
        if (size < 1 || size > 1000) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                    List.of(new KeystoneProblem.FieldError("limit", "must be 1..1000")));
        }
        return catalog.samples(tenant.tenantId(), program(programId), metric(metricId),
                cursor == null || cursor.isEmpty() ? null : SampleCursor.decode(cursor), size);
    }

    @PostMapping("/{metricId}/samples")
    @Operation(summary = "Enter a value of a MANUAL metric (date, value, comment)")
    ResponseEntity<MetricView.Sample> addValue(TenantContext tenant, @PathVariable String programId,
                                               @PathVariable String metricId, @RequestBody ManualValue value) {
        return ResponseEntity.status(201).body(catalog.addValue(tenant, program(programId), metric(metricId), value));
    }

    @PostMapping("/{metricId}/samples:run")
    @Operation(summary = "Sample the metric from its source now; 502 METRIC_SAMPLE_FAILED (also kept as lastError)")
    MetricView run(TenantContext tenant, @PathVariable String programId, @PathVariable String metricId) {
        return catalog.run(tenant.tenantId(), program(programId), metric(metricId));
    }

    private static UUID program(String id) {
        return MetricProblems.id(id, "program");
    }

    private static UUID metric(String id) {
        return MetricProblems.id(id, "metric");
    }
}
