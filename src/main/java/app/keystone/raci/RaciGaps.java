package app.keystone.raci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What is missing or doubtful in one scope's effective RACI (docs/raci.md, gap codes). */
final class RaciGaps {

    private RaciGaps() {
    }

    record Gap(String code, String severity, String message, List<String> accountIds) {
    }

    static List<Gap> of(Effective e, IssueRow issue, Map<String, Person> people) {
        List<Gap> gaps = new ArrayList<>();
        Set<String> accountable = e.holders(Role.A);
        Set<String> responsible = e.holders(Role.R);
        if (accountable.isEmpty()) {
            gaps.add(new Gap("NO_ACCOUNTABLE", "error", "Nobody is Accountable.", List.of()));
        } else if (accountable.size() > 1) {
            gaps.add(new Gap("SEVERAL_ACCOUNTABLE", "error",
                    "Several Accountables apply (conflicting programs, no own Accountable).", List.copyOf(accountable)));
        }
        if (responsible.isEmpty()) {
            gaps.add(new Gap("NO_RESPONSIBLE", "error", "Nobody is Responsible.", List.of()));
        }
        inactive(gaps, "INACTIVE_ACCOUNTABLE", "Accountable", accountable, people);
        inactive(gaps, "INACTIVE_RESPONSIBLE", "Responsible", responsible, people);
        if (issue != null && issue.assignee() != null && !responsible.isEmpty()
                && !responsible.contains(issue.assignee())) {
            gaps.add(new Gap("RESPONSIBLE_NOT_ASSIGNEE", "info",
                    "The Jira assignee is not among the Responsible.", List.of(issue.assignee())));
        }
        return gaps;
    }

    private static void inactive(List<Gap> gaps, String code, String role, Set<String> holders,
                                 Map<String, Person> people) {
        List<String> gone = holders.stream().filter(id -> people.containsKey(id) && !people.get(id).active()).toList();
        if (!gone.isEmpty()) {
            gaps.add(new Gap(code, "error", "The " + role + " is a deactivated Jira user.", gone));
        }
    }
}
