package app.keystone.connect.security;

import app.keystone.connect.host.HostSecrets;
import app.keystone.connect.tenant.TenantContextResolver;
import app.keystone.connect.web.DatabaseUnavailable;
import app.keystone.connect.web.ProblemResponses;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantId;
import app.keystone.shared.WebhookReceiver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jira's webhook deliveries ({@code POST /webhooks/*}) are answered here, ahead of Spring Security's filter chain and
 * Spring MVC: the JWT is verified ({@link WebhookTokens}), the tenant taken from it, the delivery handed to the
 * {@link WebhookReceiver}, and the answer written — 204, or problem+json with the codes the rest of Keystone uses.
 * The general stack (security filters, ACSB's lifecycle URL checks, handler mapping, argument resolution) cost about
 * half of the intake's CPU at hundreds of deliveries a second (docs/benchmarks.md, run I). Jira only POSTs here:
 * other methods get 405.
 */
class WebhookIntakeFilter extends HttpFilter {

    static final String PREFIX = "/webhooks/";

    private static final Logger log = LoggerFactory.getLogger(WebhookIntakeFilter.class);
    private static final KeystoneProblem TOKEN_REQUIRED = new KeystoneProblem(401, "JWT_REQUIRED",
            "Authentication required", "This endpoint needs a valid JWT signed for an installed Jira site.");
    private static final KeystoneProblem METHOD_NOT_ALLOWED = new KeystoneProblem(405, "METHOD_NOT_ALLOWED",
            "Method Not Allowed", null);

    private final WebhookTokens tokens;
    private final WebhookReceiver receiver;
    private final ProblemResponses problems;

    WebhookIntakeFilter(WebhookTokens tokens, WebhookReceiver receiver, ProblemResponses problems) {
        this.tokens = tokens;
        this.receiver = receiver;
        this.problems = problems;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String servletPath = request.getServletPath();
        if (!servletPath.startsWith(PREFIX)) {
            chain.doFilter(request, response); // "/webhooks" itself
            return;
        }
        securityHeaders(response);
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problems.write(request, response, METHOD_NOT_ALLOWED);
            return;
        }
        try {
            HostSecrets.Host host = tokens.verify(request, Jwts.fromRequest(request).orElseThrow(() -> TOKEN_REQUIRED));
            if (!host.installed()) {
                throw TenantContextResolver.notInstalled();
            }
            receiver.receive(new TenantId(host.tenantId()), servletPath.substring(PREFIX.length()),
                    request.getHeader("X-Atlassian-Webhook-Identifier"), request.getHeader("X-Atlassian-Webhook-Retry"),
                    request.getInputStream());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (KeystoneProblem problem) {
            problems.write(request, response, problem);
        } catch (RuntimeException e) {
            problems.write(request, response, unexpected(request, e));
        }
    }

    /** The database being away (the host lookup) is Jira's cue to retry; anything else is a bug, logged here. */
    private static KeystoneProblem unexpected(HttpServletRequest request, RuntimeException e) {
        if (DatabaseUnavailable.causedBy(e)) {
            // the class name only: messages can carry SQL
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            return DatabaseUnavailable.problem(request.getRequestURI());
        }
        log.error("Unexpected error on {}", request.getRequestURI(), e);
        return new KeystoneProblem(500, "INTERNAL_ERROR", "Internal error", "Keystone could not complete the request.");
    }

    /**
     * What Spring Security's header writer adds to every other response: these answers look no different. Kept in
     * step by WebhookAuthTest.
     */
    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Expires", "0");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Referrer-Policy", "origin-when-cross-origin");
    }
}
