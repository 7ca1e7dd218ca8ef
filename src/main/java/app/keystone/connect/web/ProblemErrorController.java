package app.keystone.connect.web;

import app.keystone.shared.KeystoneProblem;
import com.atlassian.connect.spring.IgnoreJwt;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /error} page in problem+json: reached when ACSB's JWT filter rejects a token (forward with
 * the AuthenticationException), when ACSB's interceptor calls sendError(401), and for container errors
 * (unknown path). Replaces ACSB's plain-JSON error controller (see {@link AcsbErrorControllerRemoval}).
 */
@RestController
@IgnoreJwt
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    // ACSB's interceptor answers sendError(401, "Expecting claim 'qsh' ...") when the hash does not fit the
    // endpoint: a context token on a server-to-server endpoint, or a token made for another request
    private static final KeystoneProblem QSH_MISMATCH = new KeystoneProblem(401, "JWT_QSH_MISMATCH",
            "Authentication failed", "The token's 'qsh' does not match this request (context tokens are accepted "
            + "only by Keystone's /api).");

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object authFailure = request.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        Object statusAttr = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = authFailure != null ? 401 : statusAttr instanceof Integer s ? s : response.getStatus();
        if (authFailure != null) {
            // never the exception message: ACSB puts the token in some of them
            log.info("Rejected {} {}: {}", request.getMethod(), originalUri(request),
                    authFailure.getClass().getSimpleName());
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        boolean qshMismatch = status == 401 && message instanceof String m && m.contains("'qsh'");
        problems.write(request, response, qshMismatch ? QSH_MISMATCH : describe(status, authFailure != null),
                originalUri(request));
    }

    private static String originalUri(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return String.valueOf(failed != null ? failed : forwarded != null ? forwarded : request.getRequestURI());
    }

    private static KeystoneProblem describe(int status, boolean badToken) {
        return switch (status) {
            case 401 -> badToken
                    ? new KeystoneProblem(401, "JWT_INVALID", "Authentication failed",
                        "The request's JWT could not be verified (signature, issuer, expiry or query hash).")
                    : new KeystoneProblem(401, "JWT_REQUIRED", "Authentication required",
                        "This endpoint needs a valid JWT signed for an installed Jira site.");
            case 404 -> new KeystoneProblem(404, "NOT_FOUND", "Not found", "There is nothing at this address.");
            case 405 -> new KeystoneProblem(405, "METHOD_NOT_ALLOWED", "Method not allowed",
                    "This address does not accept that HTTP method.");
            default -> new KeystoneProblem(status < 400 ? 500 : status, ErrorCodes.forStatus(status),
                    "Request failed", "Keystone could not complete the request.");
        };
    }
}
