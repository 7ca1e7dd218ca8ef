package app.keystone.jira.mirror;

import app.keystone.jira.payload.IssueSnapshot;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Which mirrored fields differ between two states of an issue: the `changedFields` of IssueChanged. */
final class IssueFields {

    private IssueFields() {
    }

    static Set<String> changed(IssueSnapshot before, IssueSnapshot after) {
        Set<String> changed = new LinkedHashSet<>();
        diff(changed, "key", before, after, IssueSnapshot::key);
        diff(changed, "project", before, after, IssueSnapshot::projectId);
        diff(changed, "summary", before, after, IssueSnapshot::summary);
        diff(changed, "issueType", before, after, IssueSnapshot::issueTypeId);
        diff(changed, "parent", before, after, IssueSnapshot::parentId);
        diff(changed, "status", before, after, IssueSnapshot::statusId);
        diff(changed, "statusCategory", before, after, IssueSnapshot::statusCategory);
        diff(changed, "assignee", before, after, IssueSnapshot::assigneeId);
        diff(changed, "storyPoints", before, after, s -> s.storyPoints() == null ? null
                : s.storyPoints().stripTrailingZeros());
        diff(changed, "timeOriginal", before, after, IssueSnapshot::timeOriginal);
        diff(changed, "timeRemaining", before, after, IssueSnapshot::timeRemaining);
        diff(changed, "timeSpent", before, after, IssueSnapshot::timeSpent);
        diff(changed, "startDate", before, after, IssueSnapshot::startDate);
        diff(changed, "dueDate", before, after, IssueSnapshot::dueDate);
        diff(changed, "labels", before, after, s -> Set.copyOf(s.labels()));
        diff(changed, "flagged", before, after, IssueSnapshot::flagged);
        diff(changed, "resolution", before, after, IssueSnapshot::resolution);
        return changed;
    }

    private static void diff(Set<String> changed, String name, IssueSnapshot a, IssueSnapshot b,
                             Function<IssueSnapshot, Object> value) {
        if (!Objects.equals(value.apply(a), value.apply(b))) {
            changed.add(name);
        }
    }
}
