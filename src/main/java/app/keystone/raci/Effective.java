package app.keystone.raci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A scope's RACI per role: the assignments that apply, each naming the scope it comes from. */
record Effective(Map<Role, List<Assignment>> byRole) {

    static Effective empty() {
        Map<Role, List<Assignment>> m = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            m.put(r, new ArrayList<>());
        }
        return new Effective(m);
    }

    /** Own assignments replace the inherited ones role by role. */
    static Effective combine(List<Assignment> own, Effective inherited) {
        Effective e = empty();
        for (Role r : Role.values()) {
            List<Assignment> mine = own.stream().filter(a -> a.role() == r).toList();
            e.byRole.get(r).addAll(mine.isEmpty() ? inherited.byRole.get(r) : mine);
        }
        return e;
    }

    List<Assignment> get(Role role) {
        return byRole.get(role);
    }

    Set<String> holders(Role role) {
        Set<String> ids = new LinkedHashSet<>();
        byRole.get(role).forEach(a -> ids.add(a.accountId()));
        return ids;
    }

    List<Assignment> all() {
        List<Assignment> all = new ArrayList<>();
        byRole.values().forEach(all::addAll);
        return all;
    }
}
