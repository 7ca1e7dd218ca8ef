package app.keystone.program.rollup;

import java.util.Set;
import java.util.UUID;

/**
 * A program's scope rule: issues of its projects that pass its filters (any listed label; listed issue type,
 * case-insensitively), plus the strict descendants of its root issues in any project.
 */
record ProgramDef(UUID id, Set<String> projectKeys, Set<String> labels, Set<String> issueTypes, Set<Long> roots) {

    boolean byProject(NodeState s) {
        if (s.deleted() || !projectKeys.contains(s.projectKey())) {
            return false;
        }
        boolean labelOk = labels.isEmpty() || s.labels().stream().anyMatch(labels::contains);
        boolean typeOk = issueTypes.isEmpty() || s.issueType() != null && issueTypes.contains(s.issueType().toLowerCase());
        return labelOk && typeOk;
    }
}
