package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules and gap definitions on effective RACI, without a database. */
class RaciRulesTest {

    private static final ScopeRef PROGRAM = ScopeRef.program(UUID.randomUUID());
    private static final ScopeRef OTHER_PROGRAM = ScopeRef.program(UUID.randomUUID());
    private static final ScopeRef EPIC = ScopeRef.issue(10);
    private static final ScopeRef STORY = ScopeRef.issue(11);

    @Test
    void ownAssignmentsReplaceInheritedOnesRoleByRole() {
        Effective inherited = Effective.combine(List.of(a("p", Role.A, PROGRAM), a("q", Role.R, PROGRAM),
                a("c", Role.C, PROGRAM)), Effective.empty());
        Effective e = Effective.combine(List.of(a("x", Role.R, STORY), a("y", Role.R, STORY)), inherited);
        assertThat(e.holders(Role.A)).containsExactly("p");
        assertThat(e.holders(Role.R)).containsExactly("x", "y");
        assertThat(e.holders(Role.C)).containsExactly("c");
        assertThat(e.get(Role.I)).isEmpty();
        assertThat(e.get(Role.A).get(0).from()).isEqualTo(PROGRAM);
    }

    @Test
    void rulesNameEveryBrokenOne() {
        assertThat(codes(Effective.empty())).containsExactly("RACI_NO_ACCOUNTABLE", "RACI_NO_RESPONSIBLE");
        assertThat(codes(Effective.combine(List.of(a("p", Role.A, PROGRAM), a("k", Role.A, OTHER_PROGRAM)),
                Effective.empty()))).containsExactly("RACI_ONE_ACCOUNTABLE", "RACI_NO_RESPONSIBLE");
        assertThat(codes(Effective.combine(List.of(a("p", Role.A, EPIC), a("p", Role.R, EPIC)), Effective.empty())))
                .as("one person may be A and R").isEmpty();
    }

    @Test
    void gapsReportMissingSeveralInactiveAndAssigneeMismatch() {
        Effective e = Effective.combine(List.of(a("p", Role.A, PROGRAM), a("k", Role.A, OTHER_PROGRAM),
                a("gone", Role.R, EPIC)), Effective.empty());
        IssueRow issue = new IssueRow(11, "WEB-11", "S", 1L, "WEB", "To Do", "new", "someone", 10L);
        Map<String, Person> people = Map.of("gone", new Person("gone", "Gone", null, false));
        assertThat(RaciGaps.of(e, issue, people)).extracting(RaciGaps.Gap::code).containsExactly(
                "SEVERAL_ACCOUNTABLE", "INACTIVE_RESPONSIBLE", "RESPONSIBLE_NOT_ASSIGNEE");
        assertThat(RaciGaps.of(Effective.empty(), null, Map.of())).extracting(RaciGaps.Gap::code)
                .containsExactly("NO_ACCOUNTABLE", "NO_RESPONSIBLE");
        IssueRow unassigned = new IssueRow(11, "WEB-11", "S", 1L, "WEB", "To Do", "new", null, 10L);
        Effective fine = Effective.combine(List.of(a("p", Role.A, EPIC), a("r", Role.R, EPIC)), Effective.empty());
        assertThat(RaciGaps.of(fine, unassigned, Map.of())).isEmpty();
    }

    private static List<String> codes(Effective e) {
        return RaciRules.check(e).stream().map(RaciRules.Violation::code).toList();
    }

    private static Assignment a(String accountId, Role role, ScopeRef from) {
        return new Assignment(accountId, role, null, from);
    }
}
