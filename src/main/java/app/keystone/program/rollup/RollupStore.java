package app.keystone.program.rollup;

import app.keystone.jira.IssuePropertyOutbox;
import app.keystone.shared.TenantId;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for the rollup engine: mirror inputs, node rows, histograms, program aggregates and membership. */
@Component
class RollupStore {

    private static final String NODE_COLUMNS = "issue_id, parent_id, project_key, issue_type, labels, deleted, level, "
            + "category, points, t_original, t_remaining, t_spent, blocked, due_date, start_date, resolved_on";

    private final JdbcClient db;
    private final IssuePropertyOutbox propertyOutbox;

    RollupStore(JdbcClient db, IssuePropertyOutbox propertyOutbox) {
        this.db = db;
        this.propertyOutbox = propertyOutbox;
    }

    /** The current inputs of these issues from the mirror; missing or tombstoned issues come back deleted. */
    Map<Long, NodeState> mirrorStates(TenantId tenant, Collection<Long> ids) {
        Map<Long, NodeState> states = new HashMap<>();
        if (ids.isEmpty()) {
            return states;
        }
        db.sql("""
                select i.issue_id, i.parent_id, i.project_key, i.issue_type_name as issue_type, i.labels,
                       i.deleted_at is not null as deleted, coalesce(i.hierarchy_level, 0) as level,
                       coalesce(i.status_category, 'new') as category, i.story_points as points,
                       i.time_original as t_original, i.time_remaining as t_remaining, i.time_spent as t_spent,
                       exists (select 1 from jira_issue_link l join jira_issue b
                                 on b.tenant_id = l.tenant_id and b.issue_id = l.source_id
                               where l.tenant_id = i.tenant_id and l.destination_id = i.issue_id
                                 and l.deleted_at is null and l.link_type = 'Blocks'
                                 and b.deleted_at is null and b.status_category <> 'done') as blocked,
                       i.due_date, i.start_date, (i.resolution_date at time zone 'UTC')::date as resolved_on
                from jira_issue i where i.tenant_id = :t and i.issue_id in (:ids)""")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> state(rs)).list().forEach(s -> states.put(s.issueId(), s));
        for (Long id : ids) {
            states.computeIfAbsent(id, missing -> deleted(missing));
        }
        return states;
    }

    static NodeState deleted(long id) {
        return new NodeState(id, null, null, null, List.of(), true, 0, "new", null, null, null, null, false, null, null,
                null);
    }

    record StoredNode(NodeState state, Figures desc) {
    }

    Map<Long, StoredNode> nodes(TenantId tenant, Collection<Long> ids) {
        Map<Long, StoredNode> nodes = new HashMap<>();
        if (ids.isEmpty()) {
            return nodes;
        }
        db.sql("select " + NODE_COLUMNS + ", " + String.join(", ", Figures.COUNTS) + ", "
                        + String.join(", ", Figures.POINTS) + " from rollup_node where tenant_id = :t and issue_id in (:ids)")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> new StoredNode(state(rs), Figures.read(rs))).list()
                .forEach(node -> nodes.put(node.state().issueId(), node));
        return nodes;
    }

    /** Every node of the tenant, deleted ones included (they end hierarchy chains). */
    List<NodeState> allNodes(TenantId tenant) {
        return db.sql("select " + NODE_COLUMNS + " from rollup_node where tenant_id = :t").param("t", tenant.value())
                .query((rs, n) -> state(rs)).list();
    }

    List<Long> children(TenantId tenant, long parentId) {
        return db.sql("select issue_id from rollup_node where tenant_id = :t and parent_id = :p")
                .param("t", tenant.value()).param("p", parentId).query(Long.class).list();
    }

    /** {@link #children} of many nodes in one statement, by parent (parents without children absent). */
    Map<Long, List<Long>> children(TenantId tenant, Collection<Long> parentIds) {
        Map<Long, List<Long>> children = new HashMap<>();
        if (parentIds.isEmpty()) {
            return children;
        }
        db.sql("select parent_id, issue_id from rollup_node where tenant_id = :t and parent_id = any(cast(:ids as bigint[]))")
                .param("t", tenant.value()).param("ids", parentIds.toArray(Long[]::new))
                .query((rs, n) -> children.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return children;
    }

    DateCounts nodeDates(TenantId tenant, long issueId) {
        return nodeDates(tenant, List.of(issueId)).getOrDefault(issueId, new DateCounts());
    }

    /**
     * For reads: the three facts of each node's descendants' date histogram ({@link DateCounts#facts}), each from the
     * primary key of rollup_node_date (a range of open items' due days before today, one end of the due and start
     * days; rows at zero are deleted, {@code n > 0} is a guard). An initiative over 10k issues has ~1,000 histogram
     * rows, which the work table's top level (25 initiatives of the 250k-issue program) merged into TreeMaps per read.
     */
    Map<Long, DateCounts> nodeDateFacts(TenantId tenant, Collection<Long> issueIds, LocalDate today) {
        Map<Long, DateCounts> facts = new HashMap<>();
        if (issueIds.isEmpty()) {
            return facts;
        }
        db.sql("""
                select i.id,
                       (select coalesce(sum(d.n), 0) from rollup_node_date d where d.tenant_id = :t and d.issue_id = i.id
                          and d.kind = :open and d.day < :today and d.n > 0),
                       (select max(d.day) from rollup_node_date d where d.tenant_id = :t and d.issue_id = i.id
                          and d.kind = :due and d.n > 0),
                       (select min(d.day) from rollup_node_date d where d.tenant_id = :t and d.issue_id = i.id
                          and d.kind = :start and d.n > 0)
                from unnest(:ids) as i(id)""")
                .param("t", tenant.value()).param("ids", issueIds.toArray(Long[]::new)).param("today", today)
                .param("open", NodeState.DUE_OPEN).param("due", NodeState.DUE).param("start", NodeState.START)
                .query((rs, n) -> facts.put(rs.getLong(1), DateCounts.facts(rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), today))).list();
        return facts;
    }

    /** The descendants' date histograms of these nodes (absent: none): what the writer adds deltas to. */
    Map<Long, DateCounts> nodeDates(TenantId tenant, Collection<Long> issueIds) {
        Map<Long, DateCounts> dates = new HashMap<>();
        if (issueIds.isEmpty()) {
            return dates;
        }
        db.sql("select issue_id, kind, day, n from rollup_node_date where tenant_id = :t and issue_id in (:ids)")
                .param("t", tenant.value()).param("ids", issueIds)
                .query((rs, n) -> {
                    dates.computeIfAbsent(rs.getLong(1), k -> new DateCounts())
                            .add(rs.getShort(2), rs.getObject(3, LocalDate.class), rs.getLong(4));
                    return null;
                }).list();
        return dates;
    }

    List<ProgramDef> programs(TenantId tenant) {
        Map<UUID, Set<String>> projects = new HashMap<>();
        db.sql("select program_id, project_key from program_project where tenant_id = :t").param("t", tenant.value())
                .query((rs, n) -> projects.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getString(2))).list();
        Map<UUID, Set<Long>> roots = new HashMap<>();
        db.sql("select program_id, issue_id from program_root where tenant_id = :t").param("t", tenant.value())
                .query((rs, n) -> roots.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                        .add(rs.getLong(2))).list();
        return db.sql("select id, label_filter, issue_type_filter from program where tenant_id = :t")
                .param("t", tenant.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new ProgramDef(id, projects.getOrDefault(id, Set.of()), Set.copyOf(strings(rs.getArray(2))),
                            strings(rs.getArray(3)).stream().map(String::toLowerCase).collect(Collectors.toSet()),
                            roots.getOrDefault(id, Set.of()));
                }).list();
    }

    Map<Long, Set<UUID>> memberships(TenantId tenant, Collection<Long> ids) {
        Map<Long, Set<UUID>> members = new HashMap<>();
        if (ids.isEmpty()) {
            return members;
        }
        db.sql("select issue_id, program_id from program_issue where tenant_id = :t and issue_id in (:ids)")
                .param("t", tenant.value()).param("ids", ids)
                .query((rs, n) -> members.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getObject(2, UUID.class))).list();
        return members;
    }

    void saveNodes(TenantId tenant, List<Map.Entry<NodeState, Figures>> nodes) {
        NodeRows.save(db, tenant, nodes);
    }

    /**
     * {@link #addNodeDates} for many nodes in two statements (one upsert of every (node, kind, day), one sweep of
     * the rows left at zero): a pass over 2,000 new issues adds tens of thousands of histogram entries.
     */
    void addNodeDates(TenantId tenant, Map<Long, DateCounts> deltas) {
        List<Long> ids = new ArrayList<>();
        List<Short> kinds = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<Long> ns = new ArrayList<>();
        deltas.forEach((id, delta) -> delta.counts.forEach((k, n) -> {
            ids.add(id);
            kinds.add(k.kind());
            days.add(k.day().toString());
            ns.add(n);
        }));
        if (ids.isEmpty()) {
            return;
        }
        db.sql("""
                insert into rollup_node_date (tenant_id, issue_id, kind, day, n)
                select :t, r.id, r.kind, r.day, r.n
                from unnest(cast(:ids as bigint[]), cast(:kinds as smallint[]), cast(:days as date[]),
                            cast(:ns as bigint[])) as r(id, kind, day, n)
                on conflict (tenant_id, issue_id, kind, day) do update set n = rollup_node_date.n + excluded.n""")
                .param("t", tenant.value()).param("ids", ids.toArray(Long[]::new))
                .param("kinds", kinds.toArray(Short[]::new)).param("days", days.toArray(String[]::new))
                .param("ns", ns.toArray(Long[]::new)).update();
        db.sql("delete from rollup_node_date where tenant_id = :t and issue_id = any(cast(:ids as bigint[])) and n = 0")
                .param("t", tenant.value()).param("ids", ids.stream().distinct().toArray(Long[]::new)).update();
    }

    void addProgram(TenantId tenant, UUID program, String projectKey, Figures delta) {
        StringBuilder sql = new StringBuilder("insert into rollup_program (program_id, tenant_id, project_key");
        Figures.COUNTS.forEach(c -> sql.append(", ").append(c));
        Figures.POINTS.forEach(c -> sql.append(", ").append(c));
        sql.append(") values (:p, :t, :project");
        Figures.COUNTS.forEach(c -> sql.append(", :").append(c));
        Figures.POINTS.forEach(c -> sql.append(", :").append(c));
        sql.append(") on conflict (program_id, project_key) do update set ");
        List<String> sets = new ArrayList<>();
        Figures.COUNTS.forEach(c -> sets.add(c + " = rollup_program." + c + " + excluded." + c));
        Figures.POINTS.forEach(c -> sets.add(c + " = rollup_program." + c + " + excluded." + c));
        sql.append(String.join(", ", sets));
        JdbcClient.StatementSpec spec = db.sql(sql.toString()).param("p", program).param("t", tenant.value())
                .param("project", projectKey);
        for (int i = 0; i < Figures.COUNTS.size(); i++) {
            spec = spec.param(Figures.COUNTS.get(i), delta.counts[i]);
        }
        spec.param("pts_total", delta.pointsTotal).param("pts_done", delta.pointsDone).update();
    }

    void addProgramDates(UUID program, String projectKey, DateCounts delta) {
        delta.counts.forEach((k, n) -> db.sql("""
                insert into rollup_program_date (program_id, project_key, kind, day, n) values (:p, :project, :kind, :day, :n)
                on conflict (program_id, project_key, kind, day) do update set n = rollup_program_date.n + excluded.n""")
                .param("p", program).param("project", projectKey).param("kind", k.kind()).param("day", k.day())
                .param("n", n).update());
        if (!delta.isEmpty()) {
            db.sql("delete from rollup_program_date where program_id = :p and project_key = :project and n = 0")
                    .param("p", program).param("project", projectKey).update();
        }
    }

    void markProperties(TenantId tenant, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        propertyOutbox.queue(tenant, RollupPropertyProjection.PROPERTY, issueIds);
    }

    /** Membership rows added and removed in two statements. */
    void setMemberships(TenantId tenant, List<Map.Entry<UUID, Long>> joined, List<Map.Entry<UUID, Long>> left) {
        if (!joined.isEmpty()) {
            db.sql("""
                    insert into program_issue (program_id, tenant_id, issue_id)
                    select r.p, :t, r.id from unnest(cast(:ps as uuid[]), cast(:ids as bigint[])) as r(p, id)
                    on conflict do nothing""").param("t", tenant.value())
                    .param("ps", joined.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                    .param("ids", joined.stream().map(Map.Entry::getValue).toArray(Long[]::new)).update();
        }
        if (!left.isEmpty()) {
            db.sql("""
                    delete from program_issue pi using unnest(cast(:ps as uuid[]), cast(:ids as bigint[])) as r(p, id)
                    where pi.program_id = r.p and pi.issue_id = r.id""")
                    .param("ps", left.stream().map(Map.Entry::getKey).toArray(UUID[]::new))
                    .param("ids", left.stream().map(Map.Entry::getValue).toArray(Long[]::new)).update();
        }
    }

    void setMembership(TenantId tenant, UUID program, long issueId, boolean member) {
        if (member) {
            db.sql("""
                    insert into program_issue (program_id, tenant_id, issue_id) values (:p, :t, :id)
                    on conflict do nothing""").param("p", program).param("t", tenant.value()).param("id", issueId).update();
        } else {
            db.sql("delete from program_issue where program_id = :p and issue_id = :id").param("p", program)
                    .param("id", issueId).update();
        }
    }

    /**
     * Re-evaluates the {@code top} flag (parent not a member of that program) of these issues and of their children,
     * in every program they belong to: what changes when an issue joins or leaves a program, moves or is deleted.
     */
    void refreshTops(TenantId tenant, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        // candidates first (the issues, then their children through rollup_node_children), so every step is an
        // index probe: an OR across the two joined tables made PostgreSQL scan all members on every flush. The
        // children are joined to the ids, not filtered by "= any(:ids)": once the statement runs a generic plan that
        // filter compares every row of the tenant with every id (230 ms a pass of 2,000 issues on the 25k bench)
        db.sql("""
                with ids as (select distinct unnest(cast(:ids as bigint[])) as issue_id),
                candidate as (
                    select issue_id from ids
                    union
                    select c.issue_id from ids join rollup_node c on c.tenant_id = :t and c.parent_id = ids.issue_id)
                update program_issue pi
                set top = (n.parent_id is null or not exists (select 1 from program_issue pp
                                                             where pp.program_id = pi.program_id and pp.issue_id = n.parent_id))
                from candidate, rollup_node n
                where pi.tenant_id = :t and pi.issue_id = candidate.issue_id
                  and n.tenant_id = :t and n.issue_id = pi.issue_id
                  and pi.top <> (n.parent_id is null or not exists (select 1 from program_issue pp
                                                                   where pp.program_id = pi.program_id and pp.issue_id = n.parent_id))""")
                .param("t", tenant.value())
                .param("ids", issueIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .update();
    }

    /** The program dependencies the mirror holds now (definition: docs/rollups.md), narrowed by a condition. */
    static final String DEPENDENCY_ROWS = """
            select pi.program_id, l.tenant_id, l.link_id, b.issue_id, d.issue_id, b.project_key, d.project_key,
                   b.due_date, b.status_category = 'done', d.due_date, coalesce(b.issue_key, ''), coalesce(d.issue_key, '')
            from jira_issue_link l
            join jira_issue b on b.tenant_id = l.tenant_id and b.issue_id = l.source_id and b.deleted_at is null
            join jira_issue d on d.tenant_id = l.tenant_id and d.issue_id = l.destination_id and d.deleted_at is null
            join program_issue pi on pi.tenant_id = l.tenant_id and pi.issue_id in (b.issue_id, d.issue_id)
            where l.tenant_id = :t and l.deleted_at is null and l.link_type = 'Blocks' and b.project_id <> d.project_id
              and d.status_category <> 'done'
            """;

    private static final String INSERT_DEPENDENCIES = """
            insert into program_dependency (program_id, tenant_id, link_id, blocker_id, blocked_id, blocker_project,
                                            blocked_project, blocker_due, blocker_done, blocked_due, blocker_key,
                                            blocked_key)
            """;

    /**
     * The live links with an end among {@code :ids}, found through the per-end indexes: filtering every link of the
     * tenant by "an end in :ids" cost 107 ms a pass at 100k issues (4,000 links), for the ~100 links a pass touches.
     */
    private static final String LINKS_TOUCHING = """
            (select * from jira_issue_link where tenant_id = :t and deleted_at is null
               and source_id in (select unnest(cast(:ids as bigint[])))
             union
             select * from jira_issue_link where tenant_id = :t and deleted_at is null
               and destination_id in (select unnest(cast(:ids as bigint[])))) l""";

    /**
     * Re-derives the dependency rows of every link touching these issues, in every program: what changes when an
     * issue's dates, status, project or membership change, or a link appears or goes (both ends are then touched).
     */
    void refreshDependencies(TenantId tenant, Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return;
        }
        String ids = issueIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        // "in (select unnest(:ids))" is a hashed lookup per row; "= any(:ids)" under an OR is not an index condition
        // and, in a generic plan, compares each row with every id (95-140 ms a pass of 2,000 issues, 25k bench)
        db.sql("""
                delete from program_dependency where tenant_id = :t
                  and (blocker_id in (select unnest(cast(:ids as bigint[])))
                       or blocked_id in (select unnest(cast(:ids as bigint[]))))""")
                .param("t", tenant.value()).param("ids", ids).update();
        db.sql(INSERT_DEPENDENCIES + DEPENDENCY_ROWS.replace("from jira_issue_link l", "from " + LINKS_TOUCHING)
                        + " on conflict do nothing")
                .param("t", tenant.value()).param("ids", ids).update();
    }

    /** Every dependency row of one program (after a rebuild). */
    void rebuildDependencies(TenantId tenant, UUID program) {
        db.sql("delete from program_dependency where program_id = :p").param("p", program).update();
        db.sql(INSERT_DEPENDENCIES + DEPENDENCY_ROWS + " and pi.program_id = :p on conflict do nothing")
                .param("t", tenant.value()).param("p", program).update();
    }

    /** Sets the {@code top} flag of every member of one program (after a rebuild). */
    void refreshTops(UUID program) {
        db.sql("""
                update program_issue pi
                set top = (n.parent_id is null or not exists (select 1 from program_issue pp
                                                             where pp.program_id = pi.program_id and pp.issue_id = n.parent_id))
                from rollup_node n
                where pi.program_id = :p and n.tenant_id = pi.tenant_id and n.issue_id = pi.issue_id""")
                .param("p", program).update();
    }

    private static NodeState state(ResultSet rs) throws SQLException {
        return new NodeState(rs.getLong("issue_id"), rs.getObject("parent_id", Long.class), rs.getString("project_key"),
                rs.getString("issue_type"), strings(rs.getArray("labels")), rs.getBoolean("deleted"),
                rs.getInt("level"), rs.getString("category"), (BigDecimal) rs.getObject("points"),
                rs.getObject("t_original", Long.class), rs.getObject("t_remaining", Long.class),
                rs.getObject("t_spent", Long.class), rs.getBoolean("blocked"), rs.getObject("due_date", LocalDate.class),
                rs.getObject("start_date", LocalDate.class), rs.getObject("resolved_on", LocalDate.class));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static String textArray(List<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
