package app.keystone.automation;

import app.keystone.jira.JiraPermissions;
import app.keystone.program.Programs;
import app.keystone.risk.Risks;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who reads a digest and what each may read. The digest names risks and epics; a risk is shown only to users who may
 * browse every project it touches (docs/risks.md), an issue only to those who may browse its project. So the
 * readers are grouped by the projects of the digest they may browse (asked of Jira, as the register asks for a
 * signed-in user), and each group gets one e-mail leaving out what it may not see. Usually that is one e-mail.
 */
@Component
class DigestReaders {

    private final JiraPermissions permissions;
    private final JdbcClient db;

    DigestReaders(JiraPermissions permissions, JdbcClient db) {
        this.permissions = permissions;
        this.db = db;
    }

    /**
     * One e-mail per group of readers about {@code about}; {@code readers} maps each account id to its role
     * ("owner", "Informed"), in the order to name them.
     */
    List<Notifier.Letter> letters(TenantId tenant, Digest digest, Programs.IssueRef about,
                                  Map<String, String> readers) {
        Map<String, Long> riskProjects = projectIds(tenant, digest.risks());
        Set<Long> projects = new HashSet<>(riskProjects.values());
        digest.epics().forEach(e -> projects.add(e.projectId()));
        Map<Set<Long>, List<String>> groups = new LinkedHashMap<>();
        for (String reader : readers.keySet()) {
            groups.computeIfAbsent(browsable(tenant, reader, projects), k -> new ArrayList<>()).add(reader);
        }
        List<Notifier.Letter> letters = new ArrayList<>();
        groups.forEach((seen, group) -> {
            Digest.Body body = digest.body(
                    r -> r.projectKeys().stream().allMatch(k -> !riskProjects.containsKey(k)
                            || seen.contains(riskProjects.get(k))),
                    e -> seen.contains(e.projectId()));
            Set<String> roles = new LinkedHashSet<>();
            group.forEach(reader -> roles.add(readers.get(reader)));
            letters.add(new Notifier.Letter(new Notifier.Mail(about.id(), about.key(), new LinkedHashSet<>(group),
                    String.join(" and ", roles)), body.text(), body.html()));
        });
        return letters;
    }

    /** Which of the projects the reader may browse, as Jira says (cached there for a minute per user). */
    private Set<Long> browsable(TenantId tenant, String accountId, Set<Long> projects) {
        if (projects.isEmpty()) {
            return Set.of();
        }
        try {
            return new TreeSet<>(permissions.browsableProjects(new TenantContext(tenant, "", Optional.of(accountId)),
                    projects));
        } catch (KeystoneProblem e) {
            throw new RuleAction.RuleFailed("Jira did not say which projects the readers may browse: "
                    + e.getMessage(), true, e);
        }
    }

    /** Jira's ids of the projects the risks touch, by key, as mirrored; a project the mirror never saw has none. */
    private Map<String, Long> projectIds(TenantId tenant, List<Risks.RiskNews> risks) {
        Set<String> keys = new HashSet<>();
        risks.forEach(r -> keys.addAll(r.projectKeys()));
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            db.sql("""
                    select distinct project_key, project_id from jira_issue
                    where tenant_id = :t and project_key in (:keys) and project_id is not null""")
                    .param("t", tenant.value()).param("keys", keys)
                    .query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        }
        return ids;
    }
}
