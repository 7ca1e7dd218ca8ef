package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rebuilds one program's membership and sums from the tenant's rollup nodes after its scope definition changed
 * (a rare, deliberate act: cost proportional to the tenant's issues, not per webhook).
 */
@Component
class ProgramRebuild {

    private final JdbcClient db;
    private final RollupStore store;

    ProgramRebuild(JdbcClient db, RollupStore store) {
        this.db = db;
        this.store = store;
    }

    void rebuild(TenantId tenant, UUID programId) {
        db.sql("delete from program_issue where program_id = :p").param("p", programId).update();
        db.sql("delete from rollup_program where program_id = :p").param("p", programId).update();
        db.sql("delete from rollup_program_date where program_id = :p").param("p", programId).update();
        Optional<ProgramDef> program = store.programs(tenant).stream().filter(p -> p.id().equals(programId)).findFirst();
        if (program.isEmpty()) {
            return;
        }
        Map<Long, NodeState> all = new HashMap<>();
        store.allNodes(tenant).forEach(s -> all.put(s.issueId(), s));
        List<Long> members = new ArrayList<>();
        Map<String, Figures> perProject = new HashMap<>();
        Map<String, DateCounts> datesPerProject = new HashMap<>();
        for (NodeState s : all.values()) {
            if (Scope.member(program.get(), s, all)) {
                members.add(s.issueId());
                perProject.computeIfAbsent(s.projectKey(), k -> Figures.zero()).add(s.figures(), 1);
                datesPerProject.computeIfAbsent(s.projectKey(), k -> new DateCounts()).add(s.dates(), 1);
            }
        }
        if (!members.isEmpty()) {
            db.sql("""
                    insert into program_issue (program_id, tenant_id, issue_id)
                    select :p, :t, unnest(cast(:ids as bigint[]))""")
                    .param("p", programId).param("t", tenant.value())
                    .param("ids", members.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                    .update();
        }
        store.refreshTops(programId);
        store.rebuildDependencies(tenant, programId);
        perProject.forEach((project, figures) -> store.addProgram(tenant, programId, project, figures));
        datesPerProject.forEach((project, dates) -> store.addProgramDates(programId, project, dates));
    }
}
