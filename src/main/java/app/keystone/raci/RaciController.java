package app.keystone.raci;

import app.keystone.shared.IfMatch;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/raci/{scopeType}/{scopeId}}: one scope's own, inherited and effective RACI (docs/raci.md). */
@RestController
@RequestMapping("/api/raci")
@Tag(name = "RACI")
class RaciController {

    private final RaciBook book;

    RaciController(RaciBook book) {
        this.book = book;
    }

    @GetMapping("/{scopeType}/{scopeId}")
    @Operation(summary = "A scope's RACI: own, inherited (with where from), effective, gaps")
    ResponseEntity<RaciViews.ScopeRaciView> get(TenantContext tenant, @PathVariable String scopeType,
                                                @PathVariable String scopeId) {
        RaciViews.ScopeRaciView view = book.get(tenant, ScopeRef.parse(scopeType, scopeId));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping("/{scopeType}/{scopeId}")
    @Operation(summary = "Replace a scope's own assignments (rules: exactly one A, at least one R after inheritance)")
    ResponseEntity<RaciViews.ScopeRaciView> put(TenantContext tenant, @PathVariable String scopeType,
                                                @PathVariable String scopeId,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody RaciRequest request) {
        ScopeRef scope = ScopeRef.parse(scopeType, scopeId);
        RaciViews.ScopeRaciView view = book.put(tenant, scope, request, IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
