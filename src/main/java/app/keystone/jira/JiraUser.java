package app.keystone.jira;

/** A Jira user as the site describes them; {@code active} is false for deactivated accounts. */
public record JiraUser(String accountId, String displayName, String avatarUrl, boolean active) {
}
