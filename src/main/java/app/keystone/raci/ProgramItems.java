package app.keystone.raci;

import app.keystone.jira.JiraPermissions;
import app.keystone.program.ProgramMemberPages;
import app.keystone.program.Programs;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A program's work items resolved for the calling user: issues in projects they may not browse are left out. */
@Component
class ProgramItems {

    /** Issue keys by project, then by number (WEB-9 before WEB-10). */
    static final Comparator<IssueRow> BY_KEY = Comparator
            .comparing((IssueRow r) -> r.projectKey() == null ? "" : r.projectKey())
            .thenComparingLong(r -> number(r.key())).thenComparingLong(IssueRow::id);

    private final Programs programs;
    private final ProgramMemberPages members;
    private final RaciResolver resolver;
    private final JiraPermissions permissions;

    ProgramItems(Programs programs, ProgramMemberPages members, RaciResolver resolver, JiraPermissions permissions) {
        this.programs = programs;
        this.members = members;
        this.resolver = resolver;
        this.permissions = permissions;
    }

    /**
     * One page of the program's work items the caller may browse, by key (text order), resolved: {@code next} (null on the last
     * page) and {@code remaining} (items after this page) let the reports say what they left out.
     */
    record Items(Programs.ProgramRef program, Effective programRaci, RaciResolver.Resolved resolved,
                 List<IssueRow> visible, ProgramMemberPages.After next, long remaining) {
    }

    /**
     * Only the page's items (and their ancestors) are resolved: resolving every item of a 250k-issue program took
     * 9-14 s a report and once filled the heap (docs/benchmarks.md, run 8). Inheritance is per item along its own
     * chain, so a page resolves each item exactly as the whole program would.
     */
    Items page(TenantContext caller, UUID programId, ProgramMemberPages.After after, int limit) {
        Programs.ProgramRef program = programs.find(caller.tenantId(), programId)
                .orElseThrow(() -> new KeystoneProblem(404, "PROGRAM_NOT_FOUND", "Program not found",
                        "There is no program " + programId + " on this site."));
        Map<Long, String> site = members.siteProjects(caller.tenantId());
        Set<Long> browsable = site.isEmpty() ? Set.of() : permissions.browsableProjects(caller, site.keySet());
        Map<Long, String> visibleProjects = new HashMap<>(site);
        visibleProjects.keySet().retainAll(browsable);
        ProgramMemberPages.Page page = members.page(caller.tenantId(), programId, visibleProjects, after, limit);
        RaciResolver.Resolved resolved = resolver.issues(caller.tenantId(), page.issueIds());
        List<IssueRow> visible = page.issueIds().stream().map(resolved.rows()::get).filter(Objects::nonNull).toList();
        return new Items(program, resolver.program(caller.tenantId(), programId), resolved, visible, page.next(),
                page.remaining());
    }

    /** The resolved issues among {@code ids} the caller may browse, by key. */
    List<IssueRow> visible(TenantContext caller, RaciResolver.Resolved resolved, Set<Long> ids) {
        List<IssueRow> rows = ids.stream().map(resolved.rows()::get).filter(Objects::nonNull).toList();
        Set<Long> projects = new HashSet<>();
        rows.forEach(r -> {
            if (r.projectId() != null) {
                projects.add(r.projectId());
            }
        });
        Set<Long> browsable = projects.isEmpty() ? Set.of() : permissions.browsableProjects(caller, projects);
        return rows.stream().filter(r -> r.projectId() != null && browsable.contains(r.projectId()))
                .sorted(BY_KEY).toList();
    }

    private static long number(String key) {
        int dash = key == null ? -1 : key.lastIndexOf('-');
        try {
            return dash < 0 ? 0 : Long.parseLong(key.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
