package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export of the filtered register (same filters and sort as {@code GET /api/risks}, at most 10,000 rows) as CSV or
 * XLSX, and import of such a file ({@code POST /api/risks/import}, body {@code text/csv} or an XLSX workbook).
 */
@RestController
@Tag(name = "Risks")
class RiskTransferController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_EXPORT = 10_000;
    private static final int MAX_UPLOAD = 5 * 1024 * 1024;

    private final RiskQuery query;
    private final RiskViews views;
    private final RiskImport importer;

    RiskTransferController(RiskQuery query, RiskViews views, RiskImport importer) {
        this.query = query;
        this.views = views;
        this.importer = importer;
    }

    @GetMapping("/api/risks/export.csv")
    @Operation(summary = "The filtered register as CSV")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> csv(TenantContext tenant, @RequestParam Map<String, String> params) {
        return file(RiskExport.csv(rows(tenant, params)), "text/csv; charset=utf-8", "risks.csv");
    }

    @GetMapping("/api/risks/export.xlsx")
    @Operation(summary = "The filtered register as an Excel workbook")
    @Transactional(readOnly = true)
    public ResponseEntity<byte[]> xlsx(TenantContext tenant, @RequestParam Map<String, String> params) {
        return file(RiskExport.xlsx(rows(tenant, params)), XLSX, "risks.xlsx");
    }

    @PostMapping("/api/risks/import")
    @Operation(summary = "Import a register (CSV or XLSX); dryRun=true reports row errors and changes nothing")
    public RiskImport.Report importFile(TenantContext tenant, @RequestParam(defaultValue = "false") String dryRun,
                                       @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                       @RequestBody(required = false) byte[] body) {
        if (!dryRun.equals("true") && !dryRun.equals("false")) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                    List.of(new KeystoneProblem.FieldError("dryRun", "must be true or false")));
        }
        if (body == null || body.length == 0 || body.length > MAX_UPLOAD) {
            throw RiskTable.unreadable("Send the file as the request body (at most 5 MB).");
        }
        boolean workbook = (type != null && type.startsWith(XLSX)) || isZip(body);
        RiskTable table = workbook ? RiskTable.xlsx(body) : RiskTable.csv(utf8(body));
        return importer.run(tenant, table, dryRun.equals("true"));
    }

    private List<RiskView> rows(TenantContext tenant, Map<String, String> params) {
        RiskFilter filter = new RiskParams(params).filter();
        RiskQuery.Page page = query.page(tenant, filter, RiskSort.parse(params.get("sort")), null, MAX_EXPORT);
        return views.views(tenant.tenantId(), page.risks());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }

    /** XLSX files are zip archives: "PK\3\4". */
    private static boolean isZip(byte[] body) {
        return body.length > 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw RiskTable.unreadable("The CSV must be UTF-8 text.");
        }
    }
}
