package app.keystone.connect.web;

import app.keystone.shared.KeystoneProblem;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Failures that mean "the database cannot be reached right now" rather than a bug: they answer 503, so Jira
 * retries a webhook it could not deliver instead of treating a 500 from a filter as final.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Object failure) {
        for (Throwable t = failure instanceof Throwable th ? th : null; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && lostConnection(sql.getSQLState())
                    // a rollback that fails (JPA reports it over the original error) means the connection is gone
                    || t instanceof TransactionSystemException || t instanceof org.hibernate.TransactionException) {
                return true;
            }
        }
        return false;
    }

    /** 08xxx: connection exception; 57P0x: the server is shutting down or starting (Hibernate wraps these generically). */
    private static boolean lostConnection(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    public static KeystoneProblem problem(String path) {
        return path != null && path.startsWith("/webhooks/")
                ? new KeystoneProblem(503, "EVENT_NOT_STORED", "Event not stored",
                    "Keystone could not store this event right now; Jira will retry it.")
                : new KeystoneProblem(503, "UNAVAILABLE", "Service unavailable",
                    "Keystone's database is not reachable right now; try again shortly.");
    }
}
