package app.keystone.sandbox.edit;

import app.keystone.sandbox.rest.SiteData;
import app.keystone.sandbox.rest.SiteIssue;
import java.util.HashSet;
import java.util.Set;

/**
 * Jira's parent rules: a parent sits exactly one level above its child (story 0 → epic 1 → initiative 2),
 * except that a sub-task (-1) hangs under a standard issue (0) of its own project and cannot stand alone.
 * Cycles are reported as such first, so the message names the real problem.
 */
final class Hierarchy {

    private Hierarchy() {
    }

    /**
     * @param childId null for an issue not created yet
     * @param parent null to have no parent
     */
    static void check(int childLevel, long childProjectId, Long childId, SiteIssue parent, SiteData data) {
        if (parent == null) {
            if (childLevel == -1) {
                throw EditException.badRequest("A sub-task must have a parent");
            }
            return;
        }
        if (childId != null) {
            Set<Long> seen = new HashSet<>();
            for (SiteIssue p = parent; p != null; p = p.parent() == null ? null : data.issue(p.parent()).orElse(null)) {
                if (p.issueId() == childId) {
                    throw EditException.badRequest(p == parent && parent.issueId() == childId
                            ? "An issue cannot be its own parent" : "Parent " + parent.key() + " would create a cycle");
                }
                if (!seen.add(p.issueId())) {
                    break; // an existing cycle elsewhere; not this change's business
                }
            }
        }
        if (childLevel == -1) {
            if (parent.hierarchyLevel() != 0) {
                throw EditException.badRequest("A sub-task's parent must be a standard issue (level 0), not "
                        + parent.typeName() + " " + parent.key() + " (level " + parent.hierarchyLevel() + ")");
            }
            if (parent.project() != childProjectId) {
                throw EditException.badRequest("A sub-task's parent must be in the same project");
            }
            return;
        }
        if (parent.hierarchyLevel() != childLevel + 1) {
            throw EditException.badRequest("An issue of level " + childLevel + " needs a parent of level "
                    + (childLevel + 1) + ", but " + parent.key() + " (" + parent.typeName() + ") is level "
                    + parent.hierarchyLevel());
        }
    }
}
