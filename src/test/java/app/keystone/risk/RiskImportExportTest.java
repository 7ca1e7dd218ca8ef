package app.keystone.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** CSV import with a dry run, all-or-nothing real runs, and CSV/XLSX exports that import back unchanged. */
class RiskImportExportTest extends RiskTestSupport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void dryRunReportsRowErrorsAndChangesNothingRealRunIsAllOrNothing() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String csv = """
                title,probability,impact,roam,category,issueKeys,reviewDate
                Vendor slip,3,4,OWNED,vendor,WEB-1,2026-12-01
                Too likely,6,2,OWNED,,,
                "Quoted, with comma",2,2,accepted,cost,,
                Short row,1
                Bad date,2,2,OWNED,,WEB-404,yesterday
                """;
        String before = footprint();
        Reply dry = upload("/api/risks/import?dryRun=true", token, bytes(csv), "text/csv");
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        JsonNode report = dry.json();
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("rows").asInt()).isEqualTo(5);
        assertThat(report.path("created").asInt()).isEqualTo(2);
        List<String> errors = new ArrayList<>();
        report.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(errors).containsExactly("3:probability", "5:row", "6:reviewDate", "6:issueKeys");
        assertThat(footprint()).isEqualTo(before);

        Reply real = upload("/api/risks/import", token, bytes(csv), "text/csv");
        assertProblem(real, 400, "VALIDATION_FAILED");
        assertThat(fields(real)).containsExactly("rows[3].probability", "rows[5].row", "rows[6].reviewDate",
                "rows[6].issueKeys");
        assertThat(footprint()).isEqualTo(before);

        String fixed = csv.lines().filter(l -> !l.startsWith("Too") && !l.startsWith("Short") && !l.startsWith("Bad"))
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode done = upload("/api/risks/import", token, bytes(fixed), "text/csv").json();
        assertThat(done.path("created").asInt()).isEqualTo(2);
        JsonNode items = get("/api/risks?sort=title").json().path("items");
        assertThat(items).extracting(i -> i.path("title").asText()).containsExactly("Quoted, with comma", "Vendor slip");
        assertThat(items.get(0).path("roam").asText()).isEqualTo("ACCEPTED");
        assertThat(items.get(1).path("issues").get(0).path("key").asText()).isEqualTo("WEB-1");
        assertThat(items.get(1).path("score").asInt()).isEqualTo(12);
        assertThat(get("/api/risks/" + items.get(1).path("id").asText() + "/history").json().path("items").size())
                .isGreaterThan(0);
    }

    @Test
    void malformedFilesAndColumnsAreA400NamingTheFile() {
        String before = footprint();
        Reply quote = upload("/api/risks/import?dryRun=true", token, bytes("title,probability,impact\n\"open,3,3\n"),
                "text/csv");
        assertProblem(quote, 400, "VALIDATION_FAILED");
        assertThat(fields(quote)).containsExactly("file");
        Reply empty = upload("/api/risks/import", token, new byte[0], "text/csv");
        assertThat(fields(empty)).containsExactly("file");
        Reply notUtf8 = upload("/api/risks/import", token, new byte[] {'t', (byte) 0xff, '\n'}, "text/csv");
        assertThat(fields(notUtf8)).containsExactly("file");
        JsonNode columns = upload("/api/risks/import?dryRun=true", token, bytes("title,severity\nA,3\n"), "text/csv")
                .json();
        List<String> errors = new ArrayList<>();
        columns.path("errors").forEach(e -> errors.add(e.path("row").asInt() + ":" + e.path("field").asText()));
        assertThat(errors).containsExactly("1:severity", "1:header");
        assertThat(fields(upload("/api/risks/import?dryRun=maybe", token, bytes("title\n"), "text/csv")))
                .containsExactly("dryRun");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void exportsOpenInASpreadsheetLibraryAndImportBackUnchanged() throws Exception {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        String program = program(acmeTenant, "Checkout");
        Map<String, Object> a = risk("Vendor, \"quoted\" slip", 4, 5);
        a.put("residualProbability", 2);
        a.put("residualImpact", 5);
        a.put("roam", "MITIGATED");
        a.put("mitigation", "Second vendor\nline two");
        a.put("issueIds", List.of("10001"));
        a.put("programIds", List.of(program));
        a.put("projectKeys", List.of("WEB"));
        a.put("proximity", "IMMEDIATE");
        a.put("dueDate", "2027-01-31");
        create(a);
        create(risk("Plain", 1, 2));
        Map<String, Object> formula = risk("=HYPERLINK(\"http://evil\")", 1, 1);
        formula.put("description", "-5% margin");
        create(formula);
        Map<String, Object> closed = risk("Closed one", 3, 3);
        closed.put("status", "CLOSED");
        create(closed);

        byte[] xlsx = download("/api/risks/export.xlsx?sort=title", token);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row header = sheet.getRow(0);
            assertThat(text.formatCellValue(header.getCell(1))).isEqualTo("title");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row vendor = sheet.getRow(4);
            assertThat(text.formatCellValue(vendor.getCell(1))).isEqualTo("Vendor, \"quoted\" slip");
            assertThat(vendor.getCell(4).getNumericCellValue()).isEqualTo(4.0);
            assertThat(text.formatCellValue(vendor.getCell(19))).isEqualTo("WEB-1");
            assertThat(text.formatCellValue(vendor.getCell(20))).isEqualTo("20");
        }
        byte[] csv = download("/api/risks/export.csv", token);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("id,title,description,category,probability");
        byte[] openOnly = download("/api/risks/export.csv?status=OPEN", token);
        assertThat(new String(openOnly, StandardCharsets.UTF_8).lines().count()).isEqualTo(1 + 3 + 1);
        // formulas reach the CSV defused, and import restores the text
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .contains(",'-5% margin,");

        String before = footprint();
        for (byte[] file : List.of(csv, xlsx)) {
            JsonNode dry = upload("/api/risks/import?dryRun=true", token, file, file == xlsx ? XLSX : "text/csv").json();
            assertThat(dry.path("errors")).as(dry.toString()).isEmpty();
            assertThat(dry.path("unchanged").asInt()).isEqualTo(4);
            JsonNode real = upload("/api/risks/import", token, file, file == xlsx ? XLSX : "text/csv").json();
            assertThat(real.path("unchanged").asInt()).isEqualTo(4);
            assertThat(real.path("created").asInt() + real.path("updated").asInt()).isZero();
            assertThat(footprint()).isEqualTo(before);
        }
        // an edited export updates the risk it names
        String edited = new String(csv, StandardCharsets.UTF_8).replace(",Plain,", ",Plain but renamed,");
        JsonNode update = upload("/api/risks/import", token, bytes(edited), "text/csv").json();
        assertThat(update.path("updated").asInt()).isEqualTo(1);
        assertThat(get("/api/risks?q=renamed").json().path("items")).hasSize(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
