package app.keystone.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module that stores Atlassian accountIds takes part in Atlassian's personal data reporting by implementing this
 * as a bean: the jira module reports every holder's accounts periodically and acts on Atlassian's answer.
 */
public interface PersonalDataHolder {

    /** Every accountId this module stores for the tenant, with when its personal data was last refreshed. */
    Map<String, Instant> accounts(TenantId tenant);

    /** The account was closed: remove every trace of it (the accountId itself included). */
    void erase(TenantId tenant, String accountId);

    /** The account's personal data changed: re-read whatever is cached about it (no-op if only the id is kept). */
    void refresh(TenantId tenant, Collection<String> accountIds);

    /**
     * Runs a holder's {@link #accounts} query: {@code sql} takes the tenant as {@code :t} and selects the accountId
     * and when its data was last refreshed (a timestamptz), one row per account.
     */
    static Map<String, Instant> accounts(JdbcClient db, TenantId tenant, String sql) {
        Map<String, Instant> accounts = new HashMap<>();
        db.sql(sql).param("t", tenant.value())
                .query((rs, n) -> accounts.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list();
        return accounts;
    }
}
