package app.keystone.risk.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes register rows as CSV (commons-csv, RFC 4180) or XLSX (Apache POI), with {@link RiskColumns}' header. */
final class RiskExport {

    private RiskExport() {
    }

    static byte[] csv(List<RiskView> risks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(RiskColumns.ALL.toArray(String[]::new)).get())) {
            for (RiskView r : risks) {
                printer.printRecord(RiskColumns.row(r).values().stream().map(RiskColumns::toCsv).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<RiskView> risks) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Risks");
            Row header = sheet.createRow(0);
            for (int c = 0; c < RiskColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(RiskColumns.ALL.get(c));
            }
            int r = 1;
            for (RiskView risk : risks) {
                Row row = sheet.createRow(r++);
                int c = 0;
                for (Map.Entry<String, Object> cell : RiskColumns.row(risk).entrySet()) {
                    Object v = cell.getValue();
                    if (v instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                    c++;
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
