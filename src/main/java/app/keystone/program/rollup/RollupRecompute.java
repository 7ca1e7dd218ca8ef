package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The full-recompute path: every rollup derived from the mirror from scratch, naively (each issue walks its own
 * ancestors), sharing nothing with the incremental writer but the definitions of an issue's own figures and of
 * scope. {@link #differences} compares it with the stored, incrementally maintained state — the oracle of the
 * property test, and a consistency check for operators.
 */
@Component
public class RollupRecompute {

    private final JdbcClient db;
    private final RollupStore store;

    RollupRecompute(JdbcClient db, RollupStore store) {
        this.db = db;
        this.store = store;
    }

    record Expected(Map<Long, Figures> desc, Map<Long, DateCounts> descDates, Map<String, Figures> programs,
                    Map<String, DateCounts> programDates, Set<String> members, Set<String> tops) {
    }

    Expected compute(TenantId tenant) {
        Map<Long, NodeState> all = mirror(tenant);
        Map<Long, Figures> desc = new TreeMap<>();
        Map<Long, DateCounts> descDates = new TreeMap<>();
        for (NodeState s : all.values()) {
            if (!s.deleted()) {
                desc.put(s.issueId(), Figures.zero());
                descDates.put(s.issueId(), new DateCounts());
            }
        }
        for (NodeState s : all.values()) {
            if (s.deleted()) {
                continue;
            }
            Set<Long> seen = new HashSet<>();
            Long current = s.parentId();
            while (current != null && seen.add(current) && all.containsKey(current)) {
                NodeState ancestor = all.get(current);
                if (ancestor.deleted()) {
                    break;
                }
                desc.get(current).add(s.figures(), 1);
                descDates.get(current).add(s.dates(), 1);
                current = ancestor.parentId();
            }
        }
        Map<String, Figures> programs = new TreeMap<>();
        Map<String, DateCounts> programDates = new TreeMap<>();
        Set<String> members = new TreeSet<>();
        for (ProgramDef p : store.programs(tenant)) {
            for (NodeState s : all.values()) {
                if (Scope.member(p, s, all)) {
                    members.add(p.id() + "/" + s.issueId());
                    programs.computeIfAbsent(p.id() + "/" + s.projectKey(), k -> Figures.zero()).add(s.figures(), 1);
                    programDates.computeIfAbsent(p.id() + "/" + s.projectKey(), k -> new DateCounts()).add(s.dates(), 1);
                }
            }
        }
        // the top of each program's forest: members whose parent is not a member of that program
        Set<String> tops = new TreeSet<>();
        for (String member : members) {
            String program = member.substring(0, member.indexOf('/'));
            Long parent = all.get(Long.parseLong(member.substring(member.indexOf('/') + 1))).parentId();
            if (parent == null || !members.contains(program + "/" + parent)) {
                tops.add(member);
            }
        }
        programs.values().removeIf(Figures::isZero);
        programDates.values().removeIf(DateCounts::isEmpty);
        return new Expected(desc, descDates, programs, programDates, members, tops);
    }

    /** What the incremental state gets wrong compared with a full recompute; empty when they agree. */
    public List<String> differences(TenantId tenant) {
        Expected expected = compute(tenant);
        List<String> diffs = new ArrayList<>();
        Map<Long, Figures> storedDesc = new TreeMap<>();
        db.sql("select * from rollup_node where tenant_id = :t and not deleted").param("t", tenant.value())
                .query((rs, n) -> storedDesc.put(rs.getLong("issue_id"), Figures.read(rs))).list();
        compare(diffs, "node", expected.desc(), storedDesc, Figures.zero());
        Map<Long, DateCounts> storedDates = new TreeMap<>();
        db.sql("select issue_id, kind, day, n from rollup_node_date where tenant_id = :t").param("t", tenant.value())
                .query((rs, n) -> {
                    storedDates.computeIfAbsent(rs.getLong(1), k -> new DateCounts())
                            .add(rs.getShort(2), rs.getObject(3, LocalDate.class), rs.getLong(4));
                    return null;
                }).list();
        storedDates.keySet().retainAll(storedDesc.keySet());
        compare(diffs, "node dates", expected.descDates(), storedDates, new DateCounts());
        Map<String, Figures> storedPrograms = new TreeMap<>();
        db.sql("select * from rollup_program where tenant_id = :t").param("t", tenant.value())
                .query((rs, n) -> storedPrograms.put(rs.getObject("program_id") + "/" + rs.getString("project_key"),
                        Figures.read(rs))).list();
        storedPrograms.values().removeIf(Figures::isZero);
        compare(diffs, "program", expected.programs(), storedPrograms, Figures.zero());
        Map<String, DateCounts> storedProgramDates = new TreeMap<>();
        db.sql("""
                select d.program_id, d.project_key, d.kind, d.day, d.n from rollup_program_date d
                join program p on p.id = d.program_id where p.tenant_id = :t""").param("t", tenant.value())
                .query((rs, n) -> {
                    storedProgramDates.computeIfAbsent(rs.getObject(1) + "/" + rs.getString(2), k -> new DateCounts())
                            .add(rs.getShort(3), rs.getObject(4, LocalDate.class), rs.getLong(5));
                    return null;
                }).list();
        storedProgramDates.values().removeIf(DateCounts::isEmpty);
        compare(diffs, "program dates", expected.programDates(), storedProgramDates, new DateCounts());
        Set<String> storedMembers = new TreeSet<>(db.sql(
                        "select program_id || '/' || issue_id from program_issue where tenant_id = :t")
                .param("t", tenant.value()).query(String.class).list());
        if (!storedMembers.equals(expected.members())) {
            Set<String> missing = new TreeSet<>(expected.members());
            missing.removeAll(storedMembers);
            Set<String> extra = new TreeSet<>(storedMembers);
            extra.removeAll(expected.members());
            diffs.add("members: missing " + missing + ", extra " + extra);
        }
        Set<String> storedTops = new TreeSet<>(db.sql(
                        "select program_id || '/' || issue_id from program_issue where tenant_id = :t and top")
                .param("t", tenant.value()).query(String.class).list());
        if (!storedTops.equals(expected.tops())) {
            diffs.add("top of forest: stored " + storedTops + ", expected " + expected.tops());
        }
        // dependencies, derived from scratch per program from the mirror (the definition, not the writer's query)
        Set<String> expectedDeps = new TreeSet<>(db.sql("""
                select p.id || '/' || l.link_id || '/' || b.project_key || '>' || d.project_key || '/' || b.issue_id
                       || '>' || d.issue_id || '/' || coalesce(b.due_date::text, '-') || '/' || (b.status_category = 'done')
                       || '/' || coalesce(d.due_date::text, '-') || '/' || coalesce(b.issue_key, '') || '>' || coalesce(d.issue_key, '')
                from program p, jira_issue_link l
                join jira_issue b on b.tenant_id = l.tenant_id and b.issue_id = l.source_id and b.deleted_at is null
                join jira_issue d on d.tenant_id = l.tenant_id and d.issue_id = l.destination_id and d.deleted_at is null
                where p.tenant_id = :t and l.tenant_id = :t and l.deleted_at is null and l.link_type = 'Blocks'
                  and b.project_id <> d.project_id and d.status_category <> 'done'
                  and exists (select 1 from program_issue pi where pi.program_id = p.id and pi.issue_id in (b.issue_id, d.issue_id))""")
                .param("t", tenant.value()).query(String.class).list());
        Set<String> storedDeps = new TreeSet<>(db.sql("""
                select program_id || '/' || link_id || '/' || blocker_project || '>' || blocked_project || '/' || blocker_id
                       || '>' || blocked_id || '/' || coalesce(blocker_due::text, '-') || '/' || blocker_done
                       || '/' || coalesce(blocked_due::text, '-') || '/' || blocker_key || '>' || blocked_key
                from program_dependency where tenant_id = :t""").param("t", tenant.value()).query(String.class).list());
        if (!storedDeps.equals(expectedDeps)) {
            diffs.add("dependencies: stored " + storedDeps + ", expected " + expectedDeps);
        }
        return diffs;
    }

    private static <K, V> void compare(List<String> diffs, String what, Map<K, V> expected, Map<K, V> stored, V zero) {
        Set<K> keys = new TreeSet<>(expected.keySet());
        keys.addAll(stored.keySet());
        for (K key : keys) {
            V e = expected.getOrDefault(key, zero);
            V s = stored.getOrDefault(key, zero);
            if (!Objects.equals(e, s)) {
                diffs.add(what + " " + key + ": expected " + e + " but stored " + s);
            }
        }
    }

    /** Every mirrored issue as rollup input, blocked computed here from the links (not by the writer's SQL). */
    private Map<Long, NodeState> mirror(TenantId tenant) {
        Map<Long, String> category = new HashMap<>();
        Map<Long, Boolean> deleted = new HashMap<>();
        db.sql("select issue_id, coalesce(status_category, 'new'), deleted_at is not null from jira_issue where tenant_id = :t")
                .param("t", tenant.value()).query((rs, n) -> {
                    category.put(rs.getLong(1), rs.getString(2));
                    deleted.put(rs.getLong(1), rs.getBoolean(3));
                    return null;
                }).list();
        Set<Long> blocked = new HashSet<>();
        db.sql("""
                select source_id, destination_id from jira_issue_link
                where tenant_id = :t and deleted_at is null and link_type = 'Blocks'""").param("t", tenant.value())
                .query((rs, n) -> {
                    long source = rs.getLong(1);
                    if (category.containsKey(source) && !deleted.get(source) && !"done".equals(category.get(source))) {
                        blocked.add(rs.getLong(2));
                    }
                    return null;
                }).list();
        Map<Long, NodeState> all = new HashMap<>();
        db.sql("""
                select issue_id, parent_id, project_key, issue_type_name, labels, deleted_at is not null,
                       coalesce(hierarchy_level, 0), coalesce(status_category, 'new'), story_points, time_original,
                       time_remaining, time_spent, due_date, start_date, (resolution_date at time zone 'UTC')::date
                from jira_issue where tenant_id = :t""").param("t", tenant.value())
                .query((rs, n) -> new NodeState(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), RollupStore.strings(rs.getArray(5)), rs.getBoolean(6), rs.getInt(7),
                        rs.getString(8), (BigDecimal) rs.getObject(9), rs.getObject(10, Long.class),
                        rs.getObject(11, Long.class), rs.getObject(12, Long.class), blocked.contains(rs.getLong(1)),
                        rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                        rs.getObject(15, LocalDate.class)))
                .list().forEach(s -> all.put(s.issueId(), s));
        return all;
    }

}
