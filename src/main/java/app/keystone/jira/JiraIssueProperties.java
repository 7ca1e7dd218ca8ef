package app.keystone.jira;

import app.keystone.jira.rest.JiraClient;
import app.keystone.jira.rest.JiraHttpException;
import app.keystone.shared.TenantId;
import org.springframework.stereotype.Component;

/**
 * Writes and removes issue entity properties as the app ({@code PUT|DELETE /rest/api/3/issue/{id}/properties/{key}}), so other
 * modules can project searchable data into Jira without touching its REST client. Readable by every user of the
 * site: never put private data there.
 */
@Component
public class JiraIssueProperties {

    private final JiraClient jira;

    JiraIssueProperties(JiraClient jira) {
        this.jira = jira;
    }

    /** @return false when the issue no longer exists in Jira (404), true when written. */
    public boolean put(TenantId tenant, long issueId, String key, Object value) {
        try {
            jira.put(tenant, "/rest/api/3/issue/" + issueId + "/properties/" + key, value);
            return true;
        } catch (JiraHttpException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** Removes the property; an issue or property Jira no longer has (404) counts as removed. */
    public void delete(TenantId tenant, long issueId, String key) {
        try {
            jira.delete(tenant, "/rest/api/3/issue/" + issueId + "/properties/" + key);
        } catch (JiraHttpException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }
}
