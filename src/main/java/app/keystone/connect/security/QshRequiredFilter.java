package app.keystone.connect.security;

import app.keystone.connect.web.ProblemResponses;
import app.keystone.shared.KeystoneProblem;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * ACSB accepts a token without a {@code qsh} claim "for the time being". Keystone does not: every token
 * Jira issues carries one (a computed hash for server-to-server calls and iframe loads, the literal
 * {@code context-qsh} for context tokens), so a token without it — which could be replayed against any
 * URL — is refused before ACSB sees it. Runs ahead of ACSB's filters; the signature is still theirs to check.
 */
class QshRequiredFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    QshRequiredFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> token = Jwts.fromRequest(request);
        if (token.isPresent()) {
            Optional<KeystoneProblem> problem = check(token.get());
            if (problem.isPresent()) {
                problems.write(request, response, problem.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Optional<KeystoneProblem> check(String token) {
        try {
            JWT jwt = JWTParser.parse(token);
            Object qsh = jwt.getJWTClaimsSet().getClaim(Jwts.QSH);
            if (!(qsh instanceof String s) || s.isBlank()) {
                return Optional.of(new KeystoneProblem(401, "JWT_QSH_MISSING", "Authentication failed",
                        "The JWT has no 'qsh' claim; Keystone accepts only tokens bound to a request."));
            }
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(new KeystoneProblem(401, "JWT_MALFORMED", "Authentication failed",
                    "The JWT could not be parsed."));
        }
    }
}
