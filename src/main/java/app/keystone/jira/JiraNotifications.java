package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.TenantId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends an e-mail about an issue to some users through Jira ({@code POST /rest/api/3/issue/{id}/notify}) as the
 * app, so other modules can notify people without touching the REST client. Jira mails only users who may see the
 * issue, and answers 204 without saying who got it.
 */
@Component
public class JiraNotifications {

    private final JiraClient jira;

    JiraNotifications(JiraClient jira) {
        this.jira = jira;
    }

    /** Why Jira refused or failed a notification; {@code transientFailure} says a retry may succeed. */
    public static final class NotifyFailed extends RuntimeException {

        private final int status;
        private final boolean transientFailure;

        NotifyFailed(JiraHttpException cause) {
            super("Jira answered " + cause.status() + (cause.jiraMessages().isEmpty() ? ""
                    : ": " + String.join("; ", cause.jiraMessages())), cause);
            this.status = cause.status();
            this.transientFailure = cause.transientFailure();
        }

        public int status() {
            return status;
        }

        public boolean transientFailure() {
            return transientFailure;
        }
    }

    public void notify(TenantId tenant, long issueId, String subject, String textBody, String htmlBody,
                       Collection<String> accountIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", subject);
        body.put("textBody", textBody);
        body.put("htmlBody", htmlBody);
        body.put("to", Map.of("users", accountIds.stream().map(id -> Map.of("accountId", id)).toList(),
                "reporter", false, "assignee", false, "watchers", false, "voters", false));
        try {
            jira.post(tenant, "/rest/api/3/issue/" + issueId + "/notify", body);
        } catch (JiraHttpException e) {
            throw new NotifyFailed(e);
        }
    }
}
