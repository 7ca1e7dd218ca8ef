package app.keystone.program.catalog;

import app.keystone.shared.IfMatch;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Content;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * {@code /api/programs}: the program catalogue. Responses carry the program's version as a strong ETag; PATCH and
 * DELETE honour {@code If-Match} with 412 PROGRAM_VERSION_MISMATCH when someone else saved in between.
 */
@RestController
@RequestMapping("/api/programs")
@Tag(name = "Programs")
class ProgramController {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ProgramCatalog catalog;
    private final MergePatchReader patches;

    ProgramController(ProgramCatalog catalog, MergePatchReader patches) {
        this.catalog = catalog;
        this.patches = patches;
    }


    @PostMapping
    @Operation(summary = "Create a program")
    ResponseEntity<ProgramView> create(TenantContext tenant, @RequestBody NewProgram request) {
        ProgramView program = catalog.create(tenant, request);
        return ResponseEntity.created(URI.create("/api/programs/" + program.id()))
                .eTag(IfMatch.etag(program.version())).body(program);
    }

    @GetMapping
    @Operation(summary = "List the site's programs by name, paged")
    ProgramPage list(TenantContext tenant,
                     @Parameter(description = "from the previous page's nextCursor") @RequestParam(required = false)
                     String cursor,
                     @Parameter(description = "1..200, default 50") @RequestParam(required = false) Integer limit,
                     @Parameter(description = "name contains, case-insensitive") @RequestParam(required = false)
                     String q) {
        int size = limit == null ? 50 : limit;
        if (size < 1 || size > 200 || (q != null && q.length() > 200)) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                    List.of(size < 1 || size > 200 ? new KeystoneProblem.FieldError("limit", "must be 1..200")
                            : new KeystoneProblem.FieldError("q", "must be at most 200 characters")));
        }
        PageCursor after = cursor == null || cursor.isEmpty() ? null : PageCursor.decode(cursor);
        return catalog.list(tenant.tenantId(), q == null || q.isBlank() ? null : q.strip(), after, size);
    }

    @GetMapping("/{programId}")
    @Operation(summary = "Get a program")
    ResponseEntity<ProgramView> get(TenantContext tenant, @PathVariable @Schema(format = "uuid") String programId) {
        ProgramView program = catalog.get(tenant.tenantId(), id(programId));
        return ResponseEntity.ok().eTag(IfMatch.etag(program.version())).body(program);
    }

    @PatchMapping(path = "/{programId}", consumes = {"application/merge-patch+json", "application/json"})
    @Operation(summary = "Change a program (JSON merge-patch; send If-Match: \"<version>\" to avoid lost updates)")
    // read as a tree to see which fields were sent (MergePatchReader), documented as ProgramPatch
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = ProgramPatch.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = ProgramPatch.class))})
    ResponseEntity<ProgramView> patch(TenantContext tenant, @PathVariable @Schema(format = "uuid") String programId,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestBody ObjectNode body) {
        ProgramPatch patch = patches.read(body);
        ProgramView program = catalog.patch(tenant.tenantId(), id(programId), patch, IfMatch.parse(ifMatch));
        return ResponseEntity.ok().eTag(IfMatch.etag(program.version())).body(program);
    }

    @DeleteMapping("/{programId}")
    @Operation(summary = "Delete a program")
    ResponseEntity<Void> delete(TenantContext tenant, @PathVariable @Schema(format = "uuid") String programId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        catalog.delete(tenant.tenantId(), id(programId), IfMatch.parse(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static UUID id(String programId) {
        if (!UUID_TEXT.matcher(programId).matches()) {
            throw new KeystoneProblem(400, "INVALID_PROGRAM_ID", "Invalid program id",
                    "A program id is a UUID, e.g. 3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90.");
        }
        return UUID.fromString(programId);
    }
}
