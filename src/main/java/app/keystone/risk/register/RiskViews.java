package app.keystone.risk.register;

import app.keystone.program.Programs;
import app.keystone.risk.register.RiskView.IssueRef;
import app.keystone.risk.register.RiskView.ProgramRef;
import app.keystone.shared.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds {@link RiskView}s for a page of risks with one query each for program names and linked issues. */
@Component
class RiskViews {

    private final JdbcClient db;
    private final Programs programs;
    private final RiskSettings settings;
    private final Clock clock = Clock.systemUTC();

    RiskViews(JdbcClient db, Programs programs, RiskSettings settings) {
        this.db = db;
        this.programs = programs;
        this.settings = settings;
    }

    RiskView view(TenantId tenant, StoredRisk risk) {
        return views(tenant, List.of(risk)).get(0);
    }

    List<RiskView> views(TenantId tenant, List<StoredRisk> risks) {
        RiskMatrix matrix = settings.matrix(tenant);
        Map<UUID, String> names = programs.names(tenant,
                risks.stream().flatMap(r -> r.state().programIds().stream()).collect(Collectors.toSet()));
        Map<Long, IssueRef> issues = issues(tenant,
                risks.stream().flatMap(r -> r.state().issueIds().stream()).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return risks.stream().map(r -> view(r, matrix, names, issues, today)).toList();
    }

    private static RiskView view(StoredRisk r, RiskMatrix m, Map<UUID, String> names, Map<Long, IssueRef> issues,
                                 LocalDate today) {
        RiskState s = r.state();
        List<IssueRef> linked = s.issueIds().stream()
                .map(id -> issues.getOrDefault(id, new IssueRef(id.toString(), null, null, null))).toList();
        int done = (int) linked.stream().filter(i -> "done".equals(i.statusCategory())).count();
        return new RiskView(r.id(), s.title(), s.description(), s.category(), s.probability(), s.impact(), s.score(),
                m.level(s.score()), s.residualProbability(), s.residualImpact(), s.residualScore(),
                m.level(s.residualScore()), s.exposure(), m.level(s.exposure()), s.roam(), s.status(),
                s.ownerAccountId(), s.mitigation(), s.contingency(), s.trigger(), s.reviewDate(), s.dueDate(),
                s.proximity(), s.open() && s.reviewDate() != null && s.reviewDate().isBefore(today),
                s.programIds().stream().filter(names::containsKey).map(id -> new ProgramRef(id, names.get(id))).toList(),
                s.projectKeys(), linked, new RiskView.Progress(linked.size(), done), r.createdBy(), r.createdAt(),
                r.updatedAt(), r.version());
    }

    private Map<Long, IssueRef> issues(TenantId tenant, Collection<Long> ids) {
        Map<Long, IssueRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            db.sql("""
                    select issue_id, issue_key, summary, status_category from jira_issue
                    where tenant_id = :t and issue_id in (:ids) and deleted_at is null""")
                    .param("t", tenant.value()).param("ids", Set.copyOf(ids))
                    .query((rs, n) -> refs.put(rs.getLong(1), new IssueRef(String.valueOf(rs.getLong(1)),
                            rs.getString(2), rs.getString(3), rs.getString(4)))).list();
        }
        return refs;
    }
}
