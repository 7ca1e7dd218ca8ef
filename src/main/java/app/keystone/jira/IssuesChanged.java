package app.keystone.jira;

import app.keystone.shared.TenantId;
import java.util.List;

/**
 * A search page (backfill, reconcile) moved the mirror for these issues: the {@link IssueChanged} of each, published
 * once for the page, in the transaction that wrote it, instead of one event per issue. Listeners handle the page with
 * set-based statements; what they decide per issue is what they decide for the same {@link IssueChanged} alone.
 * Webhooks still publish {@link IssueChanged}. Each issue appears at most once.
 */
public record IssuesChanged(TenantId tenant, List<IssueChanged> changes) {

    public List<Long> issueIds() {
        return changes.stream().map(IssueChanged::issueId).toList();
    }
}
