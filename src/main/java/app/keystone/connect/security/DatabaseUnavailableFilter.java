package app.keystone.connect.security;

import app.keystone.connect.web.DatabaseUnavailable;
import app.keystone.connect.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ACSB looks the host up in the database inside its JWT filter; while PostgreSQL is down or restarting that throws
 * out of the filter chain and Tomcat would answer a bare 500. This answers 503 problem+json instead (for webhooks:
 * EVENT_NOT_STORED), so Jira retries the delivery rather than counting it as failed by the app.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ProblemResponses problems;

    DatabaseUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            // the class name only: messages can carry SQL or, from ACSB, the token
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            problems.write(request, response, DatabaseUnavailable.problem(request.getRequestURI()));
        }
    }
}
