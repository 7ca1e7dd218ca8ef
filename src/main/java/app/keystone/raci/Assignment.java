package app.keystone.raci;

/** One person in one role on a scope; {@code from} is the scope that holds the assignment. */
record Assignment(String accountId, Role role, String note, ScopeRef from) {
}
