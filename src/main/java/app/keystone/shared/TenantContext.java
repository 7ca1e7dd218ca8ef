package app.keystone.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, as established from a verified token: the tenant (never taken from a request
 * parameter), the site's base URL, and the Atlassian account of the user when the call is made on a
 * user's behalf. Controllers declare a parameter of this type; the connect module resolves it.
 */
public record TenantContext(TenantId tenantId, String siteUrl, Optional<String> accountId) {

    public TenantContext {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(siteUrl, "siteUrl");
        accountId = accountId == null ? Optional.empty() : accountId;
    }
}
