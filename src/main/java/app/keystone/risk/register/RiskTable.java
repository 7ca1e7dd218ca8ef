package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * An uploaded register as rows of text cells by column name, from CSV (commons-csv) or the first sheet of an XLSX
 * (Apache POI). {@code line} is the spreadsheet row number (the header is row 1). A row whose cell count differs
 * from the header's keeps {@code cellCount} so the import can report it.
 */
record RiskTable(List<String> header, List<Line> lines) {

    static final int MAX_ROWS = 5000;

    record Line(int line, Map<String, String> cells, int cellCount) {
    }

    static RiskTable csv(String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(strip(text))).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
                    cells.put(header.get(i), RiskColumns.fromCsv(record.get(i)));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, cells, record.size()));
                tooMany(lines.size());
            }
            return new RiskTable(header, lines);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw unreadable("The CSV cannot be read: " + e.getMessage());
        }
    }

    static RiskTable xlsx(byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            Row first = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            if (first != null) {
                for (int c = 0; c < first.getLastCellNum(); c++) {
                    header.add(text.formatCellValue(first.getCell(c)).strip());
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.put(header.get(c), cell == null ? "" : text.formatCellValue(cell).strip());
                }
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                lines.add(new Line(r + 1, cells, header.size()));
                tooMany(lines.size());
            }
            return new RiskTable(header, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeystoneProblem p) {
                throw p;
            }
            throw unreadable("The XLSX cannot be read: " + e.getMessage());
        }
    }

    private static void tooMany(int rows) {
        if (rows > MAX_ROWS) {
            throw unreadable("At most " + MAX_ROWS + " rows can be imported at once.");
        }
    }

    /** A byte-order mark from spreadsheet programs would otherwise become part of the first header name. */
    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static KeystoneProblem unreadable(String message) {
        return new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", message,
                List.of(new KeystoneProblem.FieldError("file", message)));
    }
}
