package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The sandbox answers errors as Jira does (ErrorCollection), not as Keystone does (problem+json); the
 * advice is limited to this package so Keystone's own controllers keep their format, and ordered first so
 * Keystone's catch-all advice does not answer for the sandbox.
 */
@RestControllerAdvice(basePackageClasses = RestErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@SandboxProfile
class RestErrors {

    @ExceptionHandler(JiraError.class)
    ResponseEntity<ErrorCollection> jira(JiraError e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(e.body());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            HttpMessageNotReadableException.class})
    ResponseEntity<ErrorCollection> badRequest(Exception e) {
        String message = e instanceof MissingServletRequestParameterException m
                ? "The '" + m.getParameterName() + "' parameter is required." : "The request is not valid.";
        return body(HttpStatus.BAD_REQUEST, message);
    }

    private static ResponseEntity<ErrorCollection> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ErrorCollection.of(message));
    }
}
