package app.keystone.jira.mirror;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.payload.IssueSnapshot;
import app.keystone.jira.payload.LinkSnapshot;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The writes of one search page whose issues the newer-wins rule already let through (each issue once): the rows in
 * one statement, the status-category entries in one, the live links of the page's issues read in one, and one
 * {@link app.keystone.jira.IssuesChanged} for the page. What it leaves in the mirror, and the changes it reports, are
 * those of applying the issues one by one in page order ({@code MirrorPageTest} compares both).
 */
final class MirrorPage {

    /** An issue the page moves, with the row it replaces (null: new to the mirror). */
    record Move(IssueSnapshot issue, IssueSnapshot before) {
    }

    private final JdbcClient db;
    private final MirrorWriter writer;
    private final TenantId tenant;

    MirrorPage(JdbcClient db, MirrorWriter writer, TenantId tenant) {
        this.db = db;
        this.writer = writer;
        this.tenant = tenant;
    }

    /** @return each move's change, in page order */
    List<IssueChanged> write(List<Move> moves) {
        MirrorRows.upsertAll(db, tenant, moves.stream().map(Move::issue).toList());
        replaceLinks(moves);
        StatusHistory.recordAll(db, tenant, moves);
        List<IssueChanged> changes = new ArrayList<>(moves.size());
        for (Move m : moves) {
            IssueSnapshot issue = m.issue();
            IssueSnapshot old = m.before();
            changes.add(new IssueChanged(tenant, issue.issueId(), issue.key(), issue.projectId(), issue.parentId(),
                    old == null ? null : old.parentId(), old == null ? null : old.projectId(), old == null,
                    old == null ? Set.of() : IssueFields.changed(old, issue)));
        }
        return changes;
    }

    /**
     * {@code MirrorWriter.replaceLinks} for each issue in page order. The live links are read once for the page; an
     * issue whose links this page already touched (its own listed links, or a link of an issue before it) has them
     * read again, so it sees what the issues before it left, as it would one by one.
     */
    private void replaceLinks(List<Move> moves) {
        List<Long> ids = moves.stream().filter(m -> m.issue().links().isPresent()).map(m -> m.issue().issueId())
                .toList();
        Map<Long, List<LinkSnapshot>> alive = MirrorLinks.aliveOfAll(db, tenant, ids);
        Set<Long> touched = new HashSet<>();
        for (Move m : moves) {
            Optional<List<LinkSnapshot>> listedLinks = m.issue().links();
            if (listedLinks.isEmpty()) {
                continue;
            }
            long id = m.issue().issueId();
            Set<Long> listed = new HashSet<>();
            for (LinkSnapshot link : listedLinks.get()) {
                listed.add(link.linkId());
                writer.applyLink(tenant, link, m.issue().updated(), false);
                touched.add(link.sourceId());
                touched.add(link.destinationId());
            }
            List<LinkSnapshot> existing = touched.contains(id) ? MirrorLinks.aliveOf(db, tenant, id)
                    : alive.getOrDefault(id, List.of());
            for (LinkSnapshot link : existing) {
                if (!listed.contains(link.linkId())) {
                    writer.applyLink(tenant, link, m.issue().updated(), true);
                    touched.add(link.sourceId());
                    touched.add(link.destinationId());
                }
            }
        }
    }
}
