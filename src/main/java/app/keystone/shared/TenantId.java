package app.keystone.shared;

import java.util.Objects;
import java.util.UUID;

/** Keystone's internal id of one Jira site; leads every domain table's primary key. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
