package app.keystone.automation;

import app.keystone.jira.JiraNotifications;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Sends a rule's e-mails through Jira's notify (each is about one issue: Jira mails only people who may see it), or
 * says in dry run whom they would have gone to. A retried run sends its e-mails again: Jira's notify is not
 * idempotent, and a failure after the first of several leaves no trace of which went out.
 */
@Component
class Notifier {

    private final JiraNotifications jira;

    Notifier(JiraNotifications jira) {
        this.jira = jira;
    }

    /** One e-mail: about this issue, to these people ({@code who} names their role for the run log). */
    record Mail(long issueId, String issueKey, Set<String> to, String who) {

        String describe() {
            return who + " " + String.join(", ", to) + " about " + issueKey;
        }
    }

    /** One e-mail with its own body (plain text, and HTML when not null), for mails that differ by reader. */
    record Letter(Mail mail, String text, String html) {
    }

    RuleAction.Result send(RuleConfig config, List<Mail> mails, String subject, String text) {
        return send(config, subject, mails.stream().map(m -> new Letter(m, text, null)).toList());
    }

    RuleAction.Result send(RuleConfig config, String subject, List<Letter> letters) {
        String all = letters.stream().map(l -> l.mail().describe()).collect(Collectors.joining("; "));
        if (config.dryRun()) {
            return new RuleAction.Result(Outcome.DRY_RUN, "Would have e-mailed " + all + ": \"" + subject + "\".");
        }
        List<String> sent = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (Letter letter : letters) {
            Mail mail = letter.mail();
            try {
                jira.notify(config.tenant(), mail.issueId(), subject, letter.text(), letter.html(), mail.to());
                sent.add(mail.describe());
            } catch (JiraNotifications.NotifyFailed e) {
                if (e.status() != 404) {
                    throw new RuleAction.RuleFailed("Jira refused the e-mail to " + mail.describe() + ": "
                            + e.getMessage(), e.transientFailure(), e);
                }
                gone.add(mail.issueKey());
            }
        }
        if (sent.isEmpty()) {
            return new RuleAction.Result(Outcome.SKIPPED, String.join(", ", gone.stream().distinct().toList())
                    + " no longer in Jira (404); nobody was told.");
        }
        return new RuleAction.Result(Outcome.ACTED, "E-mailed " + String.join("; ", sent) + " through Jira: \""
                + subject + "\"." + (gone.isEmpty() ? "" : " Not sent about " + String.join(", ", gone)
                + ": no longer in Jira."));
    }
}
