package app.keystone.raci;

import java.util.List;

/** {@code PUT /api/raci/{scopeType}/{scopeId}}: the scope's own assignments, replacing the previous ones. */
record RaciRequest(List<Entry> assignments) {

    record Entry(String accountId, String role, String note) {
    }
}
