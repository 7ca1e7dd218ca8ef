package app.keystone.raci;

import app.keystone.program.ProgramMemberPages;
import app.keystone.shared.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The matrix for the CSV export: every page of work items, read one page at a time as the view reads them, up to a
 * cap. A TPM exporting the matrix expects all of it, not the first page; the cap keeps one click on a huge program
 * from holding the whole program in memory — what is left is then said in the file (see {@link MatrixCsv}).
 */
@Component
class MatrixExport {

    /** Work items examined at most: ten pages of the largest size. */
    static final int MAX_ITEMS = 10 * ReportCursor.MAX_LIMIT;

    private final RaciReports reports;

    MatrixExport(RaciReports reports) {
        this.reports = reports;
    }

    RaciReports.Matrix all(TenantContext caller, UUID programId, Role role, String accountId) {
        return all(caller, programId, role, accountId, ReportCursor.MAX_LIMIT, MAX_ITEMS);
    }

    RaciReports.Matrix all(TenantContext caller, UUID programId, Role role, String accountId,
                           int pageSize, int maxItems) {
        List<RaciReports.MatrixRow> rows = new ArrayList<>();
        Map<String, RaciViews.PersonView> people = new LinkedHashMap<>();
        ProgramMemberPages.After after = null;
        int examined = 0;
        RaciReports.Matrix page;
        do {
            int limit = Math.min(pageSize, maxItems - examined);
            page = reports.matrix(caller, programId, role, accountId, after, limit);
            examined += limit;
            rows.addAll(page.items());
            page.people().forEach(p -> people.putIfAbsent(p.accountId(), p));
            after = page.nextCursor() == null ? null : ReportCursor.decode(page.nextCursor());
        } while (after != null && examined < maxItems);
        return new RaciReports.Matrix(programId, page.programName(),
                people.values().stream().sorted(RaciReports.PEOPLE_ORDER).toList(), rows, page.nextCursor(),
                page.remaining(), page.nextCursor() != null);
    }
}
