package app.keystone.connect.web;

import app.keystone.shared.KeystoneProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with Keystone's stable {@code code}, for controllers (through
 * {@link ProblemAdvice}) and for filters, which answer before Spring MVC runs.
 */
@Component
public class ProblemResponses {

    static final String TYPE_BASE = "https://keystone.app/problems/";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail problem(int status, String code, String title, String detail,
                                        List<KeystoneProblem.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setType(type(code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    static URI type(String code) {
        return URI.create(TYPE_BASE + code.toLowerCase().replace('_', '-'));
    }

    public static ProblemDetail problem(KeystoneProblem p) {
        return problem(p.status(), p.code(), p.title(), p.getMessage(), p.errors());
    }

    /** Writes a problem straight to the servlet response (filters, the error page). */
    public void write(HttpServletRequest request, HttpServletResponse response, KeystoneProblem p) throws IOException {
        write(request, response, p, request.getRequestURI());
    }

    void write(HttpServletRequest request, HttpServletResponse response, KeystoneProblem p, String instance)
            throws IOException {
        ProblemDetail problem = problem(p);
        problem.setInstance(URI.create(instance));
        response.resetBuffer();
        response.setStatus(p.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (p.status() == 401) {
            response.setHeader("WWW-Authenticate", "JWT realm=\"app.keystone\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
