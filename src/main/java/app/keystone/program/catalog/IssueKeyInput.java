package app.keystone.program.catalog;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.program.catalog.ProgramState.Milestone;
import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Input that names Jira issues by key (root issues, milestone issues): format, limits, and mirror lookup. */
@Component
class IssueKeyInput {

    private final MirrorIssues mirror;

    IssueKeyInput(MirrorIssues mirror) {
        this.mirror = mirror;
    }

    List<Long> roots(TenantId tenant, List<String> keys, FieldErrors errors) {
        return resolve(tenant, "rootIssueKeys", keys, 500, errors);
    }

    /** Validates milestones; an {@code id} must name one of the program's milestones, or none is kept. */
    List<Milestone> milestones(TenantId tenant, List<NewProgram.MilestoneInput> in, List<Milestone> existing,
                               FieldErrors errors) {
        if (in.size() > 100) {
            errors.add("milestones", "must have at most 100 entries");
            return List.of();
        }
        Set<UUID> known = new HashSet<>(existing.stream().map(Milestone::id).toList());
        Set<String> names = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        List<Milestone> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String at = "milestones[" + i + "]";
            NewProgram.MilestoneInput m = in.get(i);
            if (m == null) {
                errors.add(at, "must not be null");
                continue;
            }
            if (m.id() != null && (!known.contains(m.id()) || !ids.add(m.id()))) {
                errors.add(at + ".id", "is not a milestone of this program (leave it out for a new milestone)");
            }
            String name = InputRules.name(at + ".name", m.name(), errors);
            if (!name.isEmpty() && !names.add(name.toLowerCase())) {
                errors.add(at + ".name", "another milestone of this program has this name");
            }
            if (m.date() == null) {
                errors.add(at + ".date", "is required");
            }
            List<Long> issues = resolve(tenant, at + ".issueKeys", m.issueKeys() == null ? List.of() : m.issueKeys(),
                    100, errors);
            out.add(new Milestone(m.id() != null ? m.id() : UUID.randomUUID(), name, m.date(), issues));
        }
        out.sort(Comparator.comparing(Milestone::date, Comparator.nullsLast(LocalDate::compareTo))
                .thenComparing(Milestone::name));
        return out;
    }

    /** Reports each key that is malformed or unknown to the mirror at its own index; returns the ids, sorted. */
    private List<Long> resolve(TenantId tenant, String field, List<String> keys, int max, FieldErrors errors) {
        List<String> valid = InputRules.distinctSorted(field, keys, max, errors, (at, key) -> {
            if (!InputRules.ISSUE_KEY.matcher(key).matches()) {
                errors.add(at, "'" + key + "' is not a Jira issue key (e.g. WEB-12)");
                return false;
            }
            return true;
        });
        Map<String, Long> ids = mirror.idsByKey(tenant, valid);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key != null && valid.contains(key) && !ids.containsKey(key)) {
                errors.add(field + "[" + i + "]", key + " is not in Keystone's copy of Jira yet");
            }
        }
        return new ArrayList<>(new TreeSet<>(ids.values()));
    }
}
