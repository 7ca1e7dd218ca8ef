package app.keystone.raci;

import app.keystone.shared.KeystoneProblem;
import java.util.ArrayList;
import java.util.List;

/** Exactly one Accountable, at least one Responsible — on the effective RACI a save would leave. */
final class RaciRules {

    private RaciRules() {
    }

    record Violation(String code, String message) {
    }

    static List<Violation> check(Effective effective) {
        List<Violation> broken = new ArrayList<>();
        int accountable = effective.holders(Role.A).size();
        if (accountable > 1) {
            broken.add(new Violation("RACI_ONE_ACCOUNTABLE", "exactly one Accountable is allowed, this scope would have "
                    + accountable));
        } else if (accountable == 0) {
            broken.add(new Violation("RACI_NO_ACCOUNTABLE",
                    "an Accountable is required (neither assigned here nor inherited)"));
        }
        if (effective.holders(Role.R).isEmpty()) {
            broken.add(new Violation("RACI_NO_RESPONSIBLE",
                    "at least one Responsible is required (neither assigned here nor inherited)"));
        }
        return broken;
    }

    static void require(Effective effective) {
        List<Violation> broken = check(effective);
        if (!broken.isEmpty()) {
            throw new KeystoneProblem(400, broken.get(0).code(), "RACI rule broken",
                    "The RACI would break a rule: " + broken.get(0).message() + ".",
                    broken.stream().map(v -> new KeystoneProblem.FieldError("assignments",
                            v.code() + ": " + v.message())).toList());
        }
    }
}
