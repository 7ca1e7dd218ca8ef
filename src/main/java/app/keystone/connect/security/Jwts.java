package app.keystone.connect.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/** Where Connect puts a JWT: {@code Authorization: JWT <token>}, or the {@code jwt} query parameter of an iframe load. */
final class Jwts {

    static final String QSH = "qsh";
    static final String CONTEXT_QSH = "context-qsh";
    private static final String SCHEME = "JWT ";

    private Jwts() {
    }

    static Optional<String> fromRequest(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(SCHEME)) {
            return Optional.of(header.substring(SCHEME.length()).trim());
        }
        // only the query string: reading parameters of a form POST would consume its body
        String query = request.getQueryString();
        if (query != null && (query.startsWith("jwt=") || query.contains("&jwt="))) {
            return Optional.ofNullable(request.getParameter("jwt")).filter(t -> !t.isBlank());
        }
        return Optional.empty();
    }
}
