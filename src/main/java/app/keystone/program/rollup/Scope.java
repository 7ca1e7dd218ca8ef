package app.keystone.program.rollup;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Program membership over an in-memory hierarchy: by project and filters, or as a strict descendant of a root. */
final class Scope {

    private Scope() {
    }

    static boolean member(ProgramDef program, NodeState s, Map<Long, NodeState> all) {
        if (s.deleted()) {
            return false;
        }
        if (program.byProject(s)) {
            return true;
        }
        if (program.roots().isEmpty()) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        Long current = s.parentId();
        while (current != null && seen.add(current)) {
            NodeState ancestor = all.get(current);
            if (ancestor == null) {
                return false;
            }
            if (program.roots().contains(current)) {
                return true;
            }
            if (ancestor.deleted()) {
                return false;
            }
            current = ancestor.parentId();
        }
        return false;
    }
}
