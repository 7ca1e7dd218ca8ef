package app.keystone.automation;

import app.keystone.raci.Raci;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** *Done → inform*: e-mails the issue's effective Informed through Jira when its status category moved. */
@Component
class DoneInform implements RuleAction {

    private final Raci raci;
    private final Notifier notifier;

    DoneInform(Raci raci, Notifier notifier) {
        this.raci = raci;
        this.notifier = notifier;
    }

    @Override
    public RuleType type() {
        return RuleType.DONE_INFORM;
    }

    @Override
    public Result run(Trigger t, RuleConfig config) {
        Set<String> informed = raci.informed(t.tenant(), t.issueId());
        if (informed.isEmpty()) {
            return new Result(Outcome.SKIPPED, t.issueKey() + " has no effective Informed (own, inherited or from "
                    + "its programs), so nobody was told.");
        }
        String to = t.payload().path("to").asText();
        String status = t.payload().path("status").asText();
        String subject = "done".equals(to) ? t.issueKey() + " is done" : t.issueKey() + " moved to " + status;
        String text = t.issueKey() + " moved to " + status + " (from " + t.payload().path("from").asText() + " to "
                + to + "). You are Informed on it in Keystone's RACI.";
        return notifier.send(config, List.of(new Notifier.Mail(t.issueId(), t.issueKey(), informed, "Informed")),
                subject, text);
    }
}
