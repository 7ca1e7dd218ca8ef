package app.keystone.raci;

import app.keystone.program.ProgramMemberPages;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program-wide reads: gap report and people x work items matrix (docs/raci.md). */
@Service
class RaciReports {

    record GapItem(RaciViews.ScopeView scope, List<RaciGaps.Gap> gaps) {
    }

    /**
     * One page of work items examined ({@code limit} of them, by key; the program itself on the first page), those
     * with gaps listed; {@code remaining} items follow, read with {@code nextCursor}.
     */
    record GapReport(UUID programId, List<GapItem> items, String nextCursor, long remaining, boolean truncated) {
    }

    record Cell(String role, boolean inherited, RaciViews.ScopeView fromScope) {
    }

    record MatrixRow(RaciViews.ScopeView scope, Map<String, List<Cell>> cells) {
    }

    /** As GapReport: one page of work items examined, rows for those where someone holds a role. */
    record Matrix(UUID programId, String programName, List<RaciViews.PersonView> people, List<MatrixRow> items,
                  String nextCursor, long remaining, boolean truncated) {
    }

    private final ProgramItems items;
    private final RaciViews views;

    RaciReports(ProgramItems items, RaciViews views) {
        this.items = items;
        this.views = views;
    }

    @Transactional(readOnly = true)
    GapReport gaps(TenantContext caller, UUID programId, ProgramMemberPages.After after, int limit) {
        ProgramItems.Items p = items.page(caller, programId, after, limit);
        RaciViews.Context ctx = context(caller, p);
        List<GapItem> result = new ArrayList<>();
        ScopeRef programScope = ScopeRef.program(programId);
        List<RaciGaps.Gap> own = after == null ? RaciGaps.of(p.programRaci(), null, ctx.people()) : List.of();
        if (!own.isEmpty()) {
            result.add(new GapItem(ctx.scope(programScope), own));
        }
        for (IssueRow r : p.visible()) {
            List<RaciGaps.Gap> gaps = RaciGaps.of(p.resolved().effective().get(r.id()), r, ctx.people());
            if (!gaps.isEmpty()) {
                result.add(new GapItem(RaciViews.Context.issue(r), gaps));
            }
        }
        String next = p.next() == null ? null : ReportCursor.encode(p.next());
        return new GapReport(programId, result, next, p.remaining(), next != null);
    }

    /** The matrix's columns: by display name, people Jira did not name last, then by account id. */
    static final Comparator<RaciViews.PersonView> PEOPLE_ORDER =
            Comparator.comparing((RaciViews.PersonView v) -> v.displayName() == null ? "~" : v.displayName())
                    .thenComparing(RaciViews.PersonView::accountId);

    @Transactional(readOnly = true)
    Matrix matrix(TenantContext caller, UUID programId, Role role, String accountId, ProgramMemberPages.After after,
                  int limit) {
        ProgramItems.Items p = items.page(caller, programId, after, limit);
        RaciViews.Context ctx = context(caller, p);
        List<MatrixRow> rows = new ArrayList<>();
        if (after == null) {
            addRow(rows, ctx, ScopeRef.program(programId), p.programRaci(), role, accountId);
        }
        for (IssueRow r : p.visible()) {
            addRow(rows, ctx, ScopeRef.issue(r.id()), p.resolved().effective().get(r.id()), role, accountId);
        }
        List<RaciViews.PersonView> people = rows.stream().flatMap(row -> row.cells().keySet().stream()).distinct()
                .map(ctx::person)
                .sorted(PEOPLE_ORDER).toList();
        String next = p.next() == null ? null : ReportCursor.encode(p.next());
        return new Matrix(programId, p.program().name(), people, rows, next, p.remaining(), next != null);
    }

    private static void addRow(List<MatrixRow> rows, RaciViews.Context ctx, ScopeRef scope, Effective e, Role only,
                               String person) {
        Map<String, List<Cell>> cells = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (only != null && role != only) {
                continue;
            }
            for (Assignment a : e.get(role)) {
                if (person == null || person.equals(a.accountId())) {
                    cells.computeIfAbsent(a.accountId(), k -> new ArrayList<>())
                            .add(new Cell(role.name(), !a.from().equals(scope), ctx.scope(a.from())));
                }
            }
        }
        if (!cells.isEmpty()) {
            rows.add(new MatrixRow(ctx.scope(scope), cells));
        }
    }

    private RaciViews.Context context(TenantContext caller, ProgramItems.Items p) {
        List<Assignment> all = new ArrayList<>(p.programRaci().all());
        p.visible().forEach(r -> all.addAll(p.resolved().effective().get(r.id()).all()));
        return views.context(caller.tenantId(), all, p.resolved().rows(), List.of(p.program().id()));
    }

    static Role role(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Role role = Role.parse(text);
        if (role == null) {
            throw new KeystoneProblem(400, "VALIDATION_FAILED", "Validation failed", "Some parameters are invalid.",
                    List.of(new KeystoneProblem.FieldError("role", "must be one of R, A, C, I")));
        }
        return role;
    }
}
