package app.keystone.program.catalog;

import app.keystone.shared.TenantId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Renders stored programs for the API, turning stored issue ids back into keys with one mirror query per page. */
@Component
class ProgramViews {

    private final MirrorIssues mirror;

    ProgramViews(MirrorIssues mirror) {
        this.mirror = mirror;
    }

    ProgramView view(TenantId tenant, StoredProgram program) {
        return views(tenant, List.of(program)).get(0);
    }

    List<ProgramView> views(TenantId tenant, List<StoredProgram> programs) {
        Set<Long> ids = new HashSet<>();
        for (StoredProgram p : programs) {
            ids.addAll(p.state().rootIssueIds());
            p.state().milestones().forEach(m -> ids.addAll(m.issueIds()));
        }
        Map<Long, String> keys = mirror.keysById(tenant, ids);
        return programs.stream().map(p -> view(p, keys)).toList();
    }

    private static ProgramView view(StoredProgram p, Map<Long, String> keys) {
        ProgramState s = p.state();
        return new ProgramView(p.id(), s.name(), s.description(), s.ownerAccountId(), s.startDate(), s.targetDate(),
                s.projectKeys(),
                s.rootIssueIds().stream().map(id -> new ProgramView.RootIssue(Long.toString(id), keys.get(id))).toList(),
                new ProgramView.Filter(s.labels(), s.issueTypes()),
                s.milestones().stream().map(m -> new ProgramView.Milestone(m.id(), m.name(), m.date(),
                        m.issueIds().stream().map(keys::get).filter(Objects::nonNull).toList())).toList(),
                s.statusOverride() == null ? null
                        : new ProgramView.StatusOverride(s.statusOverride().status(), s.statusOverride().reason()),
                p.createdAt(), p.updatedAt(), p.version());
    }
}
