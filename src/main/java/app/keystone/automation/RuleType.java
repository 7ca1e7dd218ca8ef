package app.keystone.automation;

import java.util.List;
import java.util.Optional;

/**
 * The built-in rule types a site can switch on, each with its parameters (docs/automation.md). Only types that are
 * implemented are listed: the admin page offers exactly these.
 */
enum RuleType {

    DONE_INFORM("done-inform", "Done → inform",
            "When a mirrored issue's status category changes to done, its effective Informed (RACI, inherited) "
                    + "get an e-mail from Jira, once per transition.",
            List.of(ParamDef.bool("anyCategoryChange", "Inform on any status category change, not only to done",
                    false))),
    ESCALATE("escalate", "Escalate",
            "When a risk's exposure level rises to HIGH or CRITICAL, its owner and the effective Accountable of the "
                    + "issues it is linked to get an e-mail from Jira (about a linked issue), once per risk and level.",
            List.of()),
    BLOCKED_RISK("blocked-risk", "Blocked → risk",
            "An issue of a program that is blocked (flagged, or blocked by an issue not done) for longer than the "
                    + "given days raises a risk linked to it, or updates the one raised before; its owner is the "
                    + "issue's effective Accountable (else its assignee). When the issue is unblocked, the risk is "
                    + "marked for review (review date today). Checked every few minutes.",
            List.of(ParamDef.integer("days", "Blocked for longer than (days)", 0, 365, 3))),
    SLIP_RESCORE("slip-rescore", "Slip → re-score",
            "When an issue linked to an open risk gets a due date past the target date of one of its programs, or "
                    + "becomes overdue (due before today, not done), the risk's probability rises by the given step "
                    + "(at most 5), once per risk, issue and due date. Overdue issues are checked every hour.",
            List.of(ParamDef.integer("step", "Raise the probability by", 1, 2, 1))),
    RACI_GAP("raci-gap", "RACI gap",
            "When an epic is new to a program (created in it, or moved into it) and has no effective Accountable, "
                    + "the program's owner gets an e-mail from Jira about the epic, once per epic and program. "
                    + "Checked every few minutes.",
            List.of()),
    WEEKLY_DIGEST("weekly-digest", "Weekly digest",
            "Once a week, at the given day and hour (site time zone), each program's owner and Informed get an "
                    + "e-mail from Jira: its health and how it changed with the reasons, new and escalated risks, "
                    + "epics completed since the last digest and milestones in the next 14 days. A digest that "
                    + "could not go out within a day of its hour is skipped for that week.",
            List.of(ParamDef.integer("dayOfWeek", "Day of the week (1 = Monday … 7 = Sunday)", 1, 7, 1),
                    ParamDef.integer("hour", "Hour of the day (0..23, site time zone)", 0, 23, 9)));

    private final String key;
    private final String title;
    private final String description;
    private final List<ParamDef> params;

    RuleType(String key, String title, String description, List<ParamDef> params) {
        this.key = key;
        this.title = title;
        this.description = description;
        this.params = params;
    }

    String key() {
        return key;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    List<ParamDef> params() {
        return params;
    }

    static Optional<RuleType> byKey(String key) {
        for (RuleType t : values()) {
            if (t.key.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
