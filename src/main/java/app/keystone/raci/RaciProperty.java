package app.keystone.raci;

import app.keystone.jira.IssuePropertyProjection;
import app.keystone.shared.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The {@code keystone.raci} issue property: effective Accountable and Responsible accountIds, indexed by the
 * descriptor's {@code keystone-raci-index} as {@code user} values ({@code raciAccountable = currentUser()}).
 */
@Component
class RaciProperty implements IssuePropertyProjection {

    static final String KEY = "keystone.raci";

    record Value(List<String> accountable, List<String> responsible) {
    }

    private final RaciResolver resolver;

    RaciProperty(RaciResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public String propertyKey() {
        return KEY;
    }

    @Override
    public Map<Long, Object> project(TenantId tenant, List<Long> issueIds, Set<Long> written) {
        Map<Long, Object> values = new HashMap<>();
        resolver.issues(tenant, issueIds).effective().forEach((id, e) -> {
            if (!e.get(Role.A).isEmpty() || !e.get(Role.R).isEmpty()) {
                values.put(id, new Value(e.holders(Role.A).stream().sorted().toList(),
                        e.holders(Role.R).stream().sorted().toList()));
            }
        });
        return values;
    }

    @Override
    public Object cleared() {
        return new Value(List.of(), List.of());
    }
}
