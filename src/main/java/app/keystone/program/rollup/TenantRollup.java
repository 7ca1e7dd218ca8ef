package app.keystone.program.rollup;

import app.keystone.shared.TenantId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One writer's pass over one tenant's changed issues. Moves each issue's node from its stored state to its
 * mirrored state and carries the difference up its ancestors — O(depth) per change; a re-parented or deleted
 * issue moves its whole subtree's sums from the old chain to the new one in one step. Membership of programs is
 * re-evaluated for the issue (and, when its ancestry changed, for its descendants, since root-based scope follows
 * the hierarchy). All writes are buffered and flushed at the end, in key order.
 */
final class TenantRollup {

    private static final int MAX_DEPTH = 32;

    private final TenantId tenant;
    private final RollupStore store;
    private final List<ProgramDef> programs;
    private final boolean anyRoots;

    private final Map<Long, Node> nodes = new HashMap<>();
    private final Map<Long, Set<UUID>> memberships = new HashMap<>();
    private final Set<Long> changedNodes = new LinkedHashSet<>();
    /** Nodes whose descendants' sums moved: their keystone.rollup property may need rewriting. */
    private final Set<Long> descChanged = new java.util.TreeSet<>();
    private final Map<Long, DateCounts> nodeDateDeltas = new TreeMap<>();
    private final Map<ProgramPart, Figures> programDeltas = new TreeMap<>();
    private final Map<ProgramPart, DateCounts> programDateDeltas = new TreeMap<>();
    private final Map<Long, Set<UUID>> membershipChanges = new TreeMap<>();
    /** Issues that moved, appeared, were deleted or changed programs: their and their children's top flags. */
    private final Set<Long> topsToRefresh = new java.util.TreeSet<>();
    /** Issues brought to their mirrored state in this pass: their links' dependency rows are re-derived. */
    private final Set<Long> refreshed = new java.util.TreeSet<>();
    /**
     * Issues refreshed in this pass, by their new parent: the only nodes whose parent may differ from rollup_node's
     * (loaded nodes keep their stored parent until flush). Lets {@link #children} find them without scanning every
     * node of the pass per call, which was half the writer's CPU on a 250k-issue build (JFR, docs/benchmarks.md).
     */
    private final Map<Long, Set<Long>> refreshedByParent = new HashMap<>();
    /**
     * rollup_node's children of a node as stored (rollup_node is only written at flush, so they hold for the pass),
     * read for a batch's issues at once instead of one query per created node.
     */
    private final Map<Long, List<Long>> storedChildren = new HashMap<>();
    /** Issues without a rollup_node row: none appears before flush, so they are not looked up again. */
    private final Set<Long> unstored = new HashSet<>();

    private static final class Node {
        NodeState state;
        Figures desc;
        boolean persisted;

        Node(NodeState state, Figures desc, boolean persisted) {
            this.state = state;
            this.desc = desc;
            this.persisted = persisted;
        }
    }

    record ProgramPart(UUID program, String projectKey) implements Comparable<ProgramPart> {
        @Override
        public int compareTo(ProgramPart o) {
            int byProgram = program.compareTo(o.program);
            return byProgram != 0 ? byProgram : projectKey.compareTo(o.projectKey);
        }
    }

    TenantRollup(TenantId tenant, RollupStore store) {
        this.tenant = tenant;
        this.store = store;
        this.programs = store.programs(tenant);
        this.anyRoots = programs.stream().anyMatch(p -> !p.roots().isEmpty());
    }

    /** Brings these issues' nodes to their mirrored state. */
    void refresh(Collection<Long> issueIds) {
        Map<Long, NodeState> states = store.mirrorStates(tenant, issueIds);
        refreshed.addAll(issueIds);
        load(issueIds);
        prefetch(issueIds, states);
        for (Long id : issueIds) {
            refresh(states.get(id));
        }
    }

    /**
     * What refreshing these issues reads, in a few statements for the batch instead of several per issue (a 25k
     * backfill's pass of 2,000 new issues made ~10k single-row queries): their memberships, their stored children
     * and those children's nodes, and their ancestor chains level by level. Only reads stored state, which the pass
     * does not change before flush, so each issue's refresh sees what it would have read itself.
     */
    private void prefetch(Collection<Long> issueIds, Map<Long, NodeState> states) {
        List<Long> unknown = issueIds.stream().filter(id -> !memberships.containsKey(id)).toList();
        Map<Long, Set<UUID>> stored = store.memberships(tenant, unknown);
        unknown.forEach(id -> memberships.put(id, new HashSet<>(stored.getOrDefault(id, Set.of()))));
        List<Long> parents = issueIds.stream().filter(id -> !storedChildren.containsKey(id)).toList();
        parents.forEach(id -> storedChildren.put(id, new ArrayList<>()));
        store.children(tenant, parents).forEach((parent, children) -> storedChildren.get(parent).addAll(children));
        load(parents.stream().flatMap(id -> storedChildren.get(id).stream()).toList());
        Set<Long> level = new HashSet<>();
        for (Long id : issueIds) {
            NodeState next = states.get(id);
            Node node = nodes.get(id);
            if (next.parentId() != null) {
                level.add(next.parentId());
            }
            if (node != null && node.state.parentId() != null) {
                level.add(node.state.parentId());
            }
        }
        for (int depth = 0; depth < MAX_DEPTH && !level.isEmpty(); depth++) {
            List<Long> missing = level.stream().filter(id -> !nodes.containsKey(id)).toList();
            load(missing);
            level = new HashSet<>();
            for (Long id : missing) {
                Node n = nodes.get(id);
                if (n != null && !n.state.deleted() && n.state.parentId() != null) {
                    level.add(n.state.parentId());
                }
            }
        }
    }

    private void refresh(NodeState next) {
        long id = next.issueId();
        Node node = nodes.get(id);
        if (node == null && next.deleted()) {
            return; // never counted, nothing to undo
        }
        boolean created = node == null;
        if (created) {
            node = new Node(StoreStates.absent(id), childrenSum(id), false);
            nodes.put(id, node);
            if (!node.desc.isZero()) {
                descChanged.add(id);
            }
        }
        NodeState before = node.state;
        Figures selfBefore = before.figures();
        DateCounts datesBefore = before.dates();
        boolean ancestryChanged = created || before.deleted() != next.deleted()
                || !Objects.equals(before.parentId(), next.parentId());
        if (ancestryChanged) {
            topsToRefresh.add(id);
            // the whole subtree leaves the old chain and joins the new one
            Figures subtreeBefore = before.deleted() ? Figures.zero() : selfBefore.copy().add(node.desc, 1);
            DateCounts subtreeDatesBefore = before.deleted() ? new DateCounts()
                    : datesBefore.copy().add(descDates(id), 1);
            addToChain(before.parentId(), subtreeBefore, subtreeDatesBefore, -1);
            node.state = next;
            Figures subtreeAfter = next.deleted() ? Figures.zero() : next.figures().add(node.desc, 1);
            DateCounts subtreeDatesAfter = next.deleted() ? new DateCounts() : next.dates().add(descDates(id), 1);
            addToChain(next.parentId(), subtreeAfter, subtreeDatesAfter, 1);
        } else {
            node.state = next;
            addToChain(next.parentId(), next.figures().add(selfBefore, -1), next.dates().add(datesBefore, -1), 1);
        }
        if (next.parentId() != null) {
            refreshedByParent.computeIfAbsent(next.parentId(), k -> new HashSet<>()).add(id);
        }
        changedNodes.add(id);
        remember(before, next, selfBefore, datesBefore);
        if (ancestryChanged && anyRoots) {
            for (Long descendant : descendants(id)) {
                Node d = nodes.get(descendant);
                remember(d.state, d.state, d.state.figures(), d.state.dates());
            }
        }
    }

    /** Re-evaluates membership: what the issue contributed before leaves old programs, what it contributes now joins new ones. */
    private void remember(NodeState before, NodeState after, Figures selfBefore, DateCounts datesBefore) {
        long id = after.issueId();
        Set<UUID> old = membership(id);
        Set<UUID> now = members(after);
        for (UUID p : old) {
            programDelta(p, before.projectKey(), selfBefore, datesBefore, -1);
        }
        for (UUID p : now) {
            programDelta(p, after.projectKey(), after.figures(), after.dates(), 1);
        }
        if (!old.equals(now)) {
            memberships.put(id, now);
            membershipChanges.put(id, now);
            topsToRefresh.add(id);
        }
    }

    private void programDelta(UUID program, String projectKey, Figures figures, DateCounts dates, int sign) {
        if (projectKey == null) {
            return;
        }
        ProgramPart part = new ProgramPart(program, projectKey);
        programDeltas.computeIfAbsent(part, k -> Figures.zero()).add(figures, sign);
        programDateDeltas.computeIfAbsent(part, k -> new DateCounts()).add(dates, sign);
    }

    private Set<UUID> members(NodeState s) {
        if (s.deleted()) {
            return Set.of();
        }
        Set<UUID> result = new HashSet<>();
        List<Long> ancestors = anyRoots ? ancestors(s.parentId()) : List.of();
        for (ProgramDef p : programs) {
            if (p.byProject(s) || ancestors.stream().anyMatch(p.roots()::contains)) {
                result.add(p.id());
            }
        }
        return result;
    }

    private Set<UUID> membership(long id) {
        return memberships.computeIfAbsent(id, k -> new HashSet<>(store.memberships(tenant, List.of(k))
                .getOrDefault(k, Set.of())));
    }

    /** The live ancestors from {@code parentId} upwards; a deleted or unknown issue ends the chain (after itself). */
    private List<Long> ancestors(Long parentId) {
        List<Long> chain = new ArrayList<>();
        Long current = parentId;
        while (current != null && chain.size() < MAX_DEPTH && !chain.contains(current)) {
            Node n = node(current);
            if (n == null) {
                break;
            }
            chain.add(current);
            if (n.state.deleted()) {
                break;
            }
            current = n.state.parentId();
        }
        return chain;
    }

    /** Adds to the descendant sums of every node on the chain; a deleted node takes the change but passes nothing on. */
    private void addToChain(Long parentId, Figures figures, DateCounts dates, int sign) {
        if (figures.isZero() && dates.isEmpty()) {
            return;
        }
        for (Long ancestor : ancestors(parentId)) {
            Node n = nodes.get(ancestor);
            n.desc.add(figures, sign);
            nodeDateDeltas.computeIfAbsent(ancestor, k -> new DateCounts()).add(dates, sign);
            changedNodes.add(ancestor);
            descChanged.add(ancestor);
        }
    }

    private DateCounts descDates(long id) {
        Node n = nodes.get(id);
        DateCounts stored = n != null && n.persisted ? store.nodeDates(tenant, id) : new DateCounts();
        return stored.add(nodeDateDeltas.getOrDefault(id, new DateCounts()), 1);
    }

    /** A node appearing for the first time adopts children that arrived before it (out-of-order delivery). */
    private Figures childrenSum(long id) {
        Figures sum = Figures.zero();
        DateCounts dates = new DateCounts();
        for (Long child : children(id)) {
            Node c = nodes.get(child);
            if (!c.state.deleted()) {
                sum.add(c.state.figures(), 1).add(c.desc, 1);
                dates.add(c.state.dates(), 1).add(descDates(child), 1);
            }
        }
        if (!dates.isEmpty()) {
            nodeDateDeltas.computeIfAbsent(id, k -> new DateCounts()).add(dates, 1);
        }
        return sum;
    }

    private List<Long> descendants(long id) {
        List<Long> result = new ArrayList<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(id));
        Set<Long> seen = new HashSet<>(List.of(id));
        while (!queue.isEmpty()) {
            long current = queue.poll();
            Node n = nodes.get(current);
            if (n != null && n.state.deleted()) {
                continue;
            }
            for (Long child : children(current)) {
                if (seen.add(child)) {
                    result.add(child);
                    queue.add(child);
                }
            }
        }
        return result;
    }

    /** Children as this pass sees them: stored ones not moved away, plus ones moved here but not yet flushed. */
    private List<Long> children(long id) {
        List<Long> candidates = new ArrayList<>(storedChildren.computeIfAbsent(id, k -> store.children(tenant, k)));
        load(candidates);
        for (Long moved : refreshedByParent.getOrDefault(id, Set.of())) {
            if (!candidates.contains(moved)) {
                candidates.add(moved);
            }
        }
        return candidates.stream().filter(c -> nodes.containsKey(c)
                && Objects.equals(nodes.get(c).state.parentId(), id)).sorted().toList();
    }

    private Node node(long id) {
        if (!nodes.containsKey(id)) {
            load(List.of(id));
        }
        return nodes.get(id);
    }

    private void load(Collection<Long> ids) {
        List<Long> missing = ids.stream().filter(i -> !nodes.containsKey(i) && !unstored.contains(i)).distinct()
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        store.nodes(tenant, missing).forEach((id, stored) -> nodes.put(id, new Node(stored.state(), stored.desc(), true)));
        missing.stream().filter(id -> !nodes.containsKey(id)).forEach(unstored::add);
    }

    /** Writes everything this pass changed. */
    void flush() {
        store.saveNodes(tenant, changedNodes.stream().sorted().map(id -> {
            Node n = nodes.get(id);
            n.persisted = true;
            return Map.entry(n.state, n.desc);
        }).toList());
        store.addNodeDates(tenant, nodeDateDeltas);
        programDeltas.forEach((part, delta) -> {
            if (!delta.isZero()) {
                store.addProgram(tenant, part.program(), part.projectKey(), delta);
            }
        });
        programDateDeltas.forEach((part, delta) -> store.addProgramDates(part.program(), part.projectKey(), delta));
        store.markProperties(tenant, descChanged);
        Map<Long, Set<UUID>> storedMemberships = store.memberships(tenant, membershipChanges.keySet());
        List<Map.Entry<UUID, Long>> joined = new ArrayList<>();
        List<Map.Entry<UUID, Long>> left = new ArrayList<>();
        membershipChanges.forEach((id, now) -> {
            Set<UUID> stored = storedMemberships.getOrDefault(id, Set.of());
            for (ProgramDef p : programs) {
                boolean member = now.contains(p.id());
                if (member != stored.contains(p.id())) {
                    (member ? joined : left).add(Map.entry(p.id(), id));
                }
            }
        });
        store.setMemberships(tenant, joined, left);
        store.refreshTops(tenant, topsToRefresh);
        if (!programs.isEmpty()) {
            Set<Long> touched = new java.util.TreeSet<>(refreshed);
            touched.addAll(membershipChanges.keySet());
            store.refreshDependencies(tenant, touched);
        }
    }

    /** Helper kept apart so the absent state reads as a fact, not a null. */
    static final class StoreStates {
        private StoreStates() {
        }

        static NodeState absent(long id) {
            return RollupStore.deleted(id);
        }
    }
}
