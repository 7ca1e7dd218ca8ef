package app.keystone.sandbox.rest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who a REST call acts as, set by {@link RestAuthFilter}: the app (a JWT signed with the install secret;
 * Jira ignores any {@code sub} in it and treats it as the app's own call) or a signed-in user (a browser
 * session, as when the host page runs {@code AP.request}). Controllers take it as a method parameter.
 *
 * @param accountId the user's accountId; null for the app
 */
public record Caller(String accountId) {

    static final String ATTRIBUTE = Caller.class.getName();
    public static final Caller APP = new Caller(null);

    public static Caller user(String accountId) {
        return new Caller(accountId);
    }

    public boolean isApp() {
        return accountId == null;
    }

    static Caller of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller c ? c : null;
    }
}
