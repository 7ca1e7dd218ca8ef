package app.keystone.automation;

import app.keystone.jira.JiraNotifications;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Sends a rule's e-mail through Jira's notify, or says in dry run whom it would have gone to. */
@Component
class Notifier {

    private final JiraNotifications jira;

    Notifier(JiraNotifications jira) {
        this.jira = jira;
    }

    RuleAction.Result send(Trigger t, RuleConfig config, Set<String> to, String who, String subject, String text) {
        String recipients = who + " " + String.join(", ", to);
        if (config.dryRun()) {
            return new RuleAction.Result(Outcome.DRY_RUN, "Would have e-mailed " + recipients + " about "
                    + t.issueKey() + ": \"" + subject + "\".");
        }
        try {
            jira.notify(t.tenant(), t.issueId(), subject, text, null, to);
        } catch (JiraNotifications.NotifyFailed e) {
            if (e.status() == 404) {
                return new RuleAction.Result(Outcome.SKIPPED, t.issueKey() + " is no longer in Jira (404); nobody "
                        + "was told.");
            }
            throw new RuleAction.RuleFailed("Jira refused the e-mail to " + recipients + ": " + e.getMessage(),
                    e.transientFailure(), e);
        }
        return new RuleAction.Result(Outcome.ACTED, "E-mailed " + recipients + " through Jira: \"" + subject + "\".");
    }
}
