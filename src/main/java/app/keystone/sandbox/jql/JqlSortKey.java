package app.keystone.sandbox.jql;

/** One {@code ORDER BY} term; a null direction means the field's own default, as in Jira. */
record JqlSortKey(String field, Direction direction) {

    enum Direction { ASC, DESC }
}
