package app.keystone.sandbox.faults;

import app.keystone.sandbox.rest.ErrorCollection;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link SandboxFaults} to the site's REST API ({@code /rest/api/3/**} only; registered in
 * {@link FaultsConfig}). It runs after the auth filter: Jira limits identified callers (per app, per
 * app+user), so an unauthenticated call is a 401 whatever the switches say, and a fault only ever replaces
 * an answer the caller was entitled to. A 429 carries the headers Jira documents.
 */
class FaultFilter extends OncePerRequestFilter {

    /** The burst budget a 429 reports; the sandbox doesn't count, so it is only what the header says. */
    static final int RATE_LIMIT = 100;
    private static final DateTimeFormatter RESET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);

    private final SandboxFaults faults;
    private final ObjectMapper json;
    private final Clock clock;

    FaultFilter(SandboxFaults faults, ObjectMapper json, Clock clock) {
        this.faults = faults;
        this.json = json;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SandboxFaults.Decision d = faults.next();
        switch (d.kind()) {
            case RATE_LIMITED -> {
                response.setHeader("Retry-After", Integer.toString(d.retryAfterSeconds()));
                response.setHeader("X-RateLimit-Limit", Integer.toString(RATE_LIMIT));
                response.setHeader("X-RateLimit-Remaining", "0");
                // rounded up to the minute the format can express, so it is never earlier than Retry-After
                response.setHeader("X-RateLimit-Reset", RESET.format(clock.instant()
                        .plusSeconds(d.retryAfterSeconds()).plus(59, ChronoUnit.SECONDS)));
                response.setHeader("RateLimit-Reason", "jira-burst-based");
                write(response, 429, "Rate limit exceeded.");
            }
            case SERVER_ERROR -> {
                if (d.status() == 503) {
                    response.setHeader("Retry-After", Integer.toString(d.retryAfterSeconds()));
                    write(response, 503, "Service unavailable. Please try again later.");
                } else {
                    write(response, 500, "Internal server error.");
                }
            }
            case SLOW -> {
                sleep(d.delayMs());
                chain.doFilter(request, response);
            }
            default -> chain.doFilter(request, response);
        }
    }

    private void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ErrorCollection.of(message));
    }

    private static void sleep(long ms) throws ServletException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServletException("interrupted while slowing a call down", e);
        }
    }
}
