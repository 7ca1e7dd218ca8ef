package app.keystone.connect.security;

import app.keystone.connect.tenant.TenantDirectory;
import app.keystone.connect.web.ProblemResponses;
import app.keystone.shared.KeystoneProblem;
import com.atlassian.connect.spring.internal.jwt.CanonicalHttpServletRequest;
import com.atlassian.connect.spring.internal.jwt.HttpRequestCanonicalizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The checks ACSB 4.1.1 leaves out of a first install: it accepts an unsigned first install, and checks
 * the body's clientKey against {@code iss} only for a host it already knows. Keystone requires, for every
 * install and uninstall, an RS256 token with a {@code kid}, {@code iss} equal to the body's clientKey and a
 * {@code qsh} matching this request. ACSB then verifies the signature (key fetched by kid), {@code aud},
 * expiry, and stores the host. Nothing is stored when any check fails.
 */
class SignedInstallFilter extends OncePerRequestFilter {

    static final Set<String> LIFECYCLE_PATHS = Set.of("/installed", "/uninstalled");
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final ProblemResponses problems;
    private final ObjectMapper json;
    private final TenantDirectory tenants;

    SignedInstallFilter(ProblemResponses problems, ObjectMapper json, TenantDirectory tenants) {
        this.problems = problems;
        this.json = json;
        this.tenants = tenants;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LIFECYCLE_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            problems.write(request, response, new KeystoneProblem(413, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "A lifecycle payload may not exceed " + MAX_BODY_BYTES + " bytes."));
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request, request.getInputStream().readNBytes(MAX_BODY_BYTES + 1));
        JsonNode body;
        try {
            body = verify(cached);
        } catch (KeystoneProblem problem) {
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(cached, response);
        if (response.getStatus() < 300 && request.getRequestURI().endsWith("/installed")
                && body.path("cloudId").isTextual()) {
            tenants.recordCloudId(body.path("clientKey").asText(), body.path("cloudId").asText());
        }
    }

    private JsonNode verify(CachedBodyRequest request) {
        String token = Jwts.fromRequest(request).orElseThrow(() -> rejected("JWT_REQUIRED",
                "Install and uninstall callbacks must be signed (signed-install): no JWT was sent."));
        SignedJWT jwt = parse(token);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw rejected("JWT_NOT_RS256", "Install and uninstall callbacks must be signed with RS256.");
        }
        if (jwt.getHeader().getKeyID() == null || jwt.getHeader().getKeyID().isBlank()) {
            throw rejected("JWT_KID_MISSING", "The install token names no key ('kid').");
        }
        JsonNode body = readBody(request.body());
        String clientKey = body.path("clientKey").asText("");
        if (clientKey.isBlank()) {
            throw new KeystoneProblem(400, "INVALID_LIFECYCLE_PAYLOAD", "Invalid lifecycle payload",
                    "The lifecycle payload has no clientKey.");
        }
        if (!clientKey.equals(claim(jwt, "iss"))) {
            throw rejected("JWT_ISSUER_MISMATCH", "The token's issuer is not the clientKey in the payload.");
        }
        if (!queryStringHash(request).equals(claim(jwt, Jwts.QSH))) {
            throw rejected("JWT_QSH_MISMATCH", "The token's 'qsh' does not match this request.");
        }
        return body;
    }

    private JsonNode readBody(byte[] bytes) {
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new IOException("not an object");
            }
            return node;
        } catch (IOException e) {
            throw new KeystoneProblem(400, "MALFORMED_BODY", "Malformed request body",
                    "The lifecycle payload is not a JSON object.");
        }
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException e) {
            throw rejected("JWT_MALFORMED", "The install token is not a signed JWT.");
        }
    }

    private static String claim(SignedJWT jwt, String name) {
        try {
            Object value = jwt.getJWTClaimsSet().getClaim(name);
            return value instanceof String s ? s : "";
        } catch (ParseException e) {
            throw rejected("JWT_MALFORMED", "The install token's claims cannot be read.");
        }
    }

    private static String queryStringHash(HttpServletRequest request) {
        try {
            return HttpRequestCanonicalizer.computeCanonicalRequestHash(new CanonicalHttpServletRequest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static KeystoneProblem rejected(String code, String detail) {
        return new KeystoneProblem(401, code, "Install rejected", detail);
    }
}
