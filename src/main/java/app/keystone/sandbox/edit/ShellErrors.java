package app.keystone.sandbox.edit;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The shell API's error body, {@code {"error": "message"}}; limited to this package and ordered first so
 * neither Keystone's problem+json advice nor the site's ErrorCollection advice answers for it.
 */
@RestControllerAdvice(basePackageClasses = ShellErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@SandboxProfile
class ShellErrors {

    @ExceptionHandler(EditException.class)
    ResponseEntity<ObjectNode> edit(EditException e) {
        return body(e.status(), e.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<ObjectNode> badRequest(Exception e) {
        return body(HttpStatus.BAD_REQUEST, e instanceof MissingServletRequestParameterException m
                ? "The '" + m.getParameterName() + "' parameter is required" : "The request is not valid");
    }

    private static ResponseEntity<ObjectNode> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(JsonNodeFactory.instance.objectNode().put("error", message));
    }
}
