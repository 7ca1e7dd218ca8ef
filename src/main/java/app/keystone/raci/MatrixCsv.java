package app.keystone.raci;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The matrix as CSV: one row per work item, one column per person; inherited roles in parentheses. */
final class MatrixCsv {

    private MatrixCsv() {
    }

    static String of(RaciReports.Matrix m) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            List<String> header = new ArrayList<>(List.of("Type", "Key", "Summary", "Status"));
            m.people().forEach(p -> header.add(safe(p.displayName() == null ? p.accountId()
                    : p.displayName() + " (" + p.accountId() + ")")));
            csv.printRecord(header);
            for (RaciReports.MatrixRow row : m.items()) {
                RaciViews.ScopeView s = row.scope();
                List<String> record = new ArrayList<>(List.of(s.type(), s.key() == null ? "" : s.key(),
                        safe(s.label()), safe(s.statusName() == null ? "" : s.statusName())));
                for (RaciViews.PersonView p : m.people()) {
                    List<RaciReports.Cell> cells = row.cells().getOrDefault(p.accountId(), List.of());
                    record.add(String.join(" ", cells.stream()
                            .map(c -> c.inherited() ? "(" + c.role() + ")" : c.role()).toList()));
                }
                csv.printRecord(record);
            }
            if (m.truncated()) {
                // said in the file itself: a spreadsheet that silently ends would read as the whole program
                csv.printRecord("Truncated: " + m.remaining() + " more work items not exported"
                        + " (an export stops after " + MatrixExport.MAX_ITEMS + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Text from Jira must not become a spreadsheet formula when the file is opened. */
    static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
