package app.keystone.jira.payload;

/** A Jira payload lacks something Keystone relies on (an id, a project, the `updated` time…). */
public class PayloadException extends RuntimeException {

    public PayloadException(String message) {
        super(message);
    }
}
