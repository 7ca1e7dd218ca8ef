package app.keystone.raci;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Program-wide RACI reads — gaps, matrix (JSON and CSV) — and the caller's own responsibilities. */
@RestController
@RequestMapping("/api/raci")
@Tag(name = "RACI")
class RaciReportController {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,128}");

    private final RaciReports reports;
    private final MyResponsibilities mine;
    private final MatrixExport export;

    RaciReportController(RaciReports reports, MyResponsibilities mine, MatrixExport export) {
        this.reports = reports;
        this.mine = mine;
        this.export = export;
    }

    @GetMapping("/gaps")
    @Operation(summary = "A program's RACI gaps: no A, several A, inactive A/R, R is not the assignee")
    RaciReports.GapReport gaps(TenantContext tenant, @RequestParam(required = false) String programId,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) String limit) {
        return reports.gaps(tenant, programId(programId), ReportCursor.decode(cursor), ReportCursor.limit(limit));
    }

    @GetMapping("/matrix")
    @Operation(summary = "A program's RACI matrix: people x work items, filter by role or person")
    RaciReports.Matrix matrix(TenantContext tenant, @RequestParam(required = false) String programId,
                              @RequestParam(required = false) String role,
                              @RequestParam(required = false) String accountId,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) String limit) {
        return reports.matrix(tenant, programId(programId), RaciReports.role(role), accountId(accountId),
                ReportCursor.decode(cursor), ReportCursor.limit(limit));
    }

    @GetMapping("/matrix.csv")
    @Operation(summary = "The RACI matrix as CSV: every work item, up to 20,000 (a last line then says how many more)")
    ResponseEntity<String> csv(TenantContext tenant, @RequestParam(required = false) String programId,
                               @RequestParam(required = false) String role,
                               @RequestParam(required = false) String accountId) {
        RaciReports.Matrix m = export.all(tenant, programId(programId), RaciReports.role(role), accountId(accountId));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"raci-matrix.csv\"")
                .body(MatrixCsv.of(m));
    }

    @GetMapping("/mine")
    @Operation(summary = "What the calling user is R/A/C/I for, across programs, with status")
    MyResponsibilities.Mine mine(TenantContext tenant) {
        return mine.of(tenant);
    }

    private static UUID programId(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw invalid("programId", "is required: a program UUID");
        }
        return UUID.fromString(text);
    }

    private static String accountId(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!ACCOUNT_ID.matcher(text).matches()) {
            throw invalid("accountId", "is not an Atlassian account id");
        }
        return text;
    }

    private static KeystoneProblem invalid(String field, String message) {
        return new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                List.of(new KeystoneProblem.FieldError(field, message)));
    }
}
