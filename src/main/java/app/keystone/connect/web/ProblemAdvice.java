package app.keystone.connect.web;

import app.keystone.shared.KeystoneProblem;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error a controller raises as problem+json with a stable {@code code}: Keystone's own
 * problems, Spring MVC's (bad JSON, unknown field, wrong method...), ACSB's lifecycle rejections, and —
 * as a last resort — a 500 that never carries internal messages.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(KeystoneProblem.class)
    ResponseEntity<Object> keystoneProblem(KeystoneProblem p) {
        if (p instanceof app.keystone.shared.RateLimited limited) {
            return ResponseEntity.status(429).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                    .body(ProblemResponses.problem(p));
        }
        return respond(ProblemResponses.problem(p));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException e) {
        // the exception message can quote the token; say only what kind of failure it was
        log.info("Rejected a request: {}", e.getClass().getSimpleName());
        return respond(ProblemResponses.problem(401, "JWT_INVALID", "Authentication failed",
                "The request's JWT could not be verified.", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            // the database is down or restarting (e.g. in tenant resolution): say so, and that a retry may work
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getClass().getSimpleName());
            return respond(ProblemResponses.problem(DatabaseUnavailable.problem(request.getRequestURI())));
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            int status = declared.code().value();
            String reason = declared.reason().isEmpty() ? declared.code().getReasonPhrase() : declared.reason();
            return respond(ProblemResponses.problem(status, ErrorCodes.forStatus(status), reason, reason, List.of()));
        }
        log.error("Unexpected error", e);
        return respond(ProblemResponses.problem(500, "INTERNAL_ERROR", "Internal error",
                "Keystone could not complete the request.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = MismatchedPaths.path(unknown);
            return respond(ProblemResponses.problem(400, "UNKNOWN_FIELD", "Unknown field",
                    "The request has a field Keystone does not know: '" + field + "'.",
                    List.of(new KeystoneProblem.FieldError(field, "unknown field"))));
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            String field = MismatchedPaths.path((MismatchedInputException) cause);
            return respond(ProblemResponses.problem(400, "INVALID_FIELD", "Invalid field",
                    "The field '" + field + "' has a value of the wrong type or format.",
                    List.of(new KeystoneProblem.FieldError(field, "wrong type or format"))));
        }
        return respond(ProblemResponses.problem(400, "MALFORMED_BODY", "Malformed request body",
                "The request body is missing or is not valid JSON.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<KeystoneProblem.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(f -> new KeystoneProblem.FieldError(f.getField(), f.getDefaultMessage())).toList();
        return respond(ProblemResponses.problem(400, "VALIDATION_FAILED", "Validation failed",
                "Some fields are invalid.", errors));
    }

    /** Spring MVC's own problems (405, 415, 406, missing parameter, ...) get a code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
                : ProblemDetail.forStatus(statusCode);
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setProperty("code", ErrorCodes.forStatus(statusCode.value()));
        }
        problem.setType(ProblemResponses.type((String) problem.getProperties().get("code")));
        return ResponseEntity.status(statusCode).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
