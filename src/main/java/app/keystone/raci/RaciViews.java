package app.keystone.raci;

import app.keystone.program.Programs;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds the API's view records (docs/raci.md) from assignments, mirror rows, program names and cached people. */
@Component
class RaciViews {

    record ScopeView(String type, String id, String key, String summary, String projectKey, String statusName,
                     String statusCategory, String assigneeAccountId, String name) {

        /** What a table's summary column shows: the issue summary or the program name. */
        String label() {
            String text = summary != null ? summary : name;
            return text == null ? "" : text;
        }
    }

    record PersonView(String accountId, String displayName, String avatarUrl, boolean active) {
    }

    record AssignmentView(String accountId, String role, String note, PersonView person, ScopeView fromScope,
                          Boolean inherited, Boolean overridden) {
    }

    record ScopeRaciView(ScopeView scope, long version, List<AssignmentView> own, List<AssignmentView> inherited,
                         Map<String, List<AssignmentView>> effective, List<RaciGaps.Gap> gaps) {
    }

    private final Programs programs;
    private final RaciPeople people;

    RaciViews(Programs programs, RaciPeople people) {
        this.programs = programs;
        this.people = people;
    }

    /** Resolves the scopes and people that views of these assignments will name, in two queries. */
    Context context(TenantId tenant, Collection<Assignment> assignments, Map<Long, IssueRow> rows,
                    Collection<UUID> moreProgramIds) {
        Set<UUID> programIds = new HashSet<>(moreProgramIds);
        Set<String> accountIds = new HashSet<>();
        for (Assignment a : assignments) {
            accountIds.add(a.accountId());
            if (a.from().isProgram()) {
                programIds.add(a.from().programId());
            }
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        programs.find(tenant, programIds).forEach((id, p) -> names.put(id, p.name()));
        return new Context(rows, names, people.find(tenant, accountIds));
    }

    record Context(Map<Long, IssueRow> rows, Map<UUID, String> programNames, Map<String, Person> people) {

        ScopeView scope(ScopeRef ref) {
            if (ref.isProgram()) {
                return new ScopeView(ref.type(), ref.id(), null, null, null, null, null, null,
                        programNames.get(ref.programId()));
            }
            IssueRow r = rows.get(ref.issueId());
            return r == null ? new ScopeView(ref.type(), ref.id(), null, null, null, null, null, null, null)
                    : issue(r);
        }

        static ScopeView issue(IssueRow r) {
            return new ScopeView(ScopeRef.ISSUE, Long.toString(r.id()), r.key(), r.summary(), r.projectKey(),
                    r.statusName(), r.statusCategory(), r.assignee(), null);
        }

        PersonView person(String accountId) {
            Person p = people.getOrDefault(accountId, Person.unknown(accountId));
            return new PersonView(p.accountId(), p.displayName(), p.avatarUrl(), p.active());
        }

        AssignmentView own(Assignment a) {
            return new AssignmentView(a.accountId(), a.role().name(), a.note(), person(a.accountId()), null, null, null);
        }

        AssignmentView sourced(Assignment a, ScopeRef self, Boolean overridden) {
            return new AssignmentView(a.accountId(), a.role().name(), a.note(), person(a.accountId()), scope(a.from()),
                    !a.from().equals(self), overridden);
        }

        Map<String, List<AssignmentView>> effective(Effective e, ScopeRef self) {
            Map<String, List<AssignmentView>> byRole = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                List<AssignmentView> views = new ArrayList<>();
                e.get(role).forEach(a -> views.add(sourced(a, self, null)));
                byRole.put(role.name(), views);
            }
            return byRole;
        }
    }
}
