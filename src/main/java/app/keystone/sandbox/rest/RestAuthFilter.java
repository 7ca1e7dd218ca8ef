package app.keystone.sandbox.rest;

import app.keystone.sandbox.auth.AppTokenVerifier;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Jira's check on a REST call, two ways in, as on a real site:
 * <ul>
 * <li>the app's call from its server: {@code Authorization: JWT <token>} (or the {@code jwt} query parameter,
 * which Connect also allows), HS256 with the secret handed over
 * at install, issued by the app, and a qsh over the path relative to the site's base URL
 * ({@code /rest/api/3/field}, not {@code /sandbox/jira/rest/api/3/field}), exactly as a real site computes it;
 * it acts as the app;</li>
 * <li>a browser session: no Authorization header and the cookie {@value #SESSION_COOKIE} naming an active
 * sandbox user (accountId, plain or URL-encoded). This is how {@code AP.request} reaches Jira: the host page
 * runs the call as the signed-in user with the session cookie and no JWT. It acts as that user.</li>
 * </ul>
 * A token that is present always decides (a bad token is a 401 even with a valid cookie). The outcome is a
 * {@link Caller} in the request attribute {@link Caller#ATTRIBUTE}.
 */
class RestAuthFilter extends OncePerRequestFilter {

    /** The app key Keystone's descriptor declares; the sandbox knows only this one app. */
    static final String APP_KEY = "app.keystone";
    static final String SITE_PATH = "/sandbox/jira";
    /** The shell's session cookie; its value is the signed-in user's accountId. */
    public static final String SESSION_COOKIE = "sandbox.user";
    private static final String TOKEN_PARAMETER = "jwt";

    private final SandboxSite site;
    private final ObjectMapper json;
    private final SiteData data;
    private final AppTokenVerifier verifier = new AppTokenVerifier(Clock.systemUTC());

    RestAuthFilter(SandboxSite site, ObjectMapper json, SiteData data) {
        this.site = site;
        this.json = json;
        this.data = data;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Optional<String> queryToken = queryToken(request);
        if (header == null && queryToken.isEmpty()) {
            Optional<String> user = sessionUser(request);
            if (user.isEmpty()) {
                reject(response, "Client must be authenticated to access this resource.");
                return;
            }
            request.setAttribute(Caller.ATTRIBUTE, Caller.user(user.get()));
            chain.doFilter(request, response);
            return;
        }
        if (header != null && !header.startsWith("JWT ")) {
            reject(response, "Client must be authenticated to access this resource.");
            return;
        }
        String token = header != null ? header.substring(4).trim() : queryToken.get();
        Optional<String> secret = site.sharedSecret();
        if (secret.isEmpty()) {
            reject(response, "No app is installed on this site.");
            return;
        }
        try {
            verifier.verify(token, secret.get(), APP_KEY, request.getMethod(), relativePath(request));
        } catch (AppTokenVerifier.RejectedToken e) {
            reject(response, e.getMessage());
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, Caller.APP);
        // The token was addressed to "Jira" and is spent here. Keystone's own filters (ACSB, the qsh check) run
        // later in the same server and would judge it as a token sent *to Keystone* and reject it with
        // Keystone's problem+json, so they must see neither the header nor the parameter: on a real site this
        // call never reaches Keystone's server at all.
        chain.doFilter(new WithoutToken(request), response);
    }

    /** The accountId of the session cookie, if it names an active user; an unknown or inactive one is no session. */
    private Optional<String> sessionUser(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                String accountId = decode(cookie.getValue().trim());
                return data.user(accountId).filter(SiteData.User::active).map(SiteData.User::accountId);
            }
        }
        return Optional.empty();
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /** Connect also lets the app send its token as the {@code jwt} query parameter (the qsh ignores it). */
    private static Optional<String> queryToken(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(TOKEN_PARAMETER)) {
                return Optional.of(decode(pair.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    /** The request without the app's token, in the header or the query. */
    private static final class WithoutToken extends HttpServletRequestWrapper {

        WithoutToken(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return isAuthorization(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return isAuthorization(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !isAuthorization(n)).toList());
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            if (query == null) {
                return null;
            }
            String kept = Arrays.stream(query.split("&"))
                    .filter(p -> !p.equals(TOKEN_PARAMETER) && !p.startsWith(TOKEN_PARAMETER + "="))
                    .collect(Collectors.joining("&"));
            return kept.isEmpty() ? null : kept;
        }

        @Override
        public String getParameter(String name) {
            return TOKEN_PARAMETER.equals(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return TOKEN_PARAMETER.equals(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.remove(TOKEN_PARAMETER);
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        private static boolean isAuthorization(String name) {
            return "Authorization".equalsIgnoreCase(name);
        }
    }

    /** The request as the app addressed it relative to the site's base URL, raw query included. */
    static String relativePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(SITE_PATH)) {
            path = path.substring(SITE_PATH.length());
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private void reject(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ErrorCollection.of(message));
    }
}
