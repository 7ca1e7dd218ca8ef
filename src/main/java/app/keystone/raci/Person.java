package app.keystone.raci;

/** An assigned person's display data as Jira last answered; unknown people show their accountId only. */
record Person(String accountId, String displayName, String avatarUrl, boolean active) {

    static Person unknown(String accountId) {
        return new Person(accountId, null, null, true);
    }
}
