package app.keystone.raci;

/** What RACI needs of a mirrored issue. */
record IssueRow(long id, String key, String summary, Long projectId, String projectKey, String statusName,
                String statusCategory, String assignee, Long parentId) {
}
