package app.keystone.connect.security;

import app.keystone.connect.host.HostSecrets;
import app.keystone.shared.KeystoneProblem;
import com.atlassian.connect.spring.internal.jwt.CanonicalHttpServletRequest;
import com.atlassian.connect.spring.internal.jwt.HttpRequestCanonicalizer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;

/**
 * Verifies Jira's webhook tokens with the same rules as ACSB (HS256 with the site's shared secret, {@code iss} =
 * clientKey, expiry, and a {@code qsh} computed over this request — so a context token is refused), but from a
 * cached secret instead of ACSB's per-request JPA host lookup and descriptor read: the webhook path must take
 * hundreds of requests a second. Also makes QshRequiredFilter's check, so the token is parsed once.
 */
final class WebhookTokens {

    private static final long LEEWAY_MS = 30_000;
    /** Jira posts every delivery of one event type to one URL: a handful of hashes, bounded against odd paths. */
    private static final int MAX_CACHED_HASHES = 64;

    private final HostSecrets hosts;
    private final Map<String, String> qshByUrl = new ConcurrentHashMap<>();

    WebhookTokens(HostSecrets hosts) {
        this.hosts = hosts;
    }

    /** @return the site that signed the token (installed or not); @throws KeystoneProblem 401 when it does not verify */
    HostSecrets.Host verify(HttpServletRequest request, String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("JWT_MALFORMED", "The JWT could not be parsed.");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || claims.getIssuer() == null) {
            throw invalid("JWT_INVALID", "Webhooks must carry an HS256 JWT issued by the site.");
        }
        Optional<HostSecrets.Host> cached = hosts.find(claims.getIssuer());
        boolean signed = cached.isPresent() && signedWith(jwt, cached.get().sharedSecret());
        if (!signed) {
            // the site may have reinstalled with a new secret through another node
            cached = hosts.reload(claims.getIssuer());
            signed = cached.isPresent() && signedWith(jwt, cached.get().sharedSecret());
        }
        if (!signed) {
            throw invalid("JWT_INVALID", "The JWT is not signed by an installed Jira site.");
        }
        long now = System.currentTimeMillis();
        Date exp = claims.getExpirationTime();
        if (exp == null || exp.getTime() + LEEWAY_MS < now) {
            throw invalid("JWT_INVALID", "The JWT has expired.");
        }
        Object qsh = claims.getClaim(Jwts.QSH);
        if (!(qsh instanceof String given) || given.isBlank()) {
            throw invalid("JWT_QSH_MISSING", "The JWT has no 'qsh' claim; Keystone accepts only tokens bound to a request.");
        }
        if (!given.equals(expectedQsh(request))) {
            throw invalid("JWT_QSH_MISMATCH", "The JWT was not issued for this request.");
        }
        return cached.get();
    }

    private static boolean signedWith(SignedJWT jwt, String secret) {
        if (secret == null) {
            return false;
        }
        try {
            return jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            return false; // e.g. a secret too short for HS256
        }
    }

    /**
     * ACSB's canonical request hash. Without a query string or a form body (whose fields would be parameters) it
     * depends only on the method and the path, so it is remembered per URL instead of re-canonicalised per request.
     */
    private String expectedQsh(HttpServletRequest request) {
        if (request.getQueryString() != null || isForm(request)) {
            return computeQsh(request);
        }
        String url = request.getMethod() + " " + request.getContextPath() + " " + request.getRequestURI();
        String hash = qshByUrl.get(url);
        if (hash == null) {
            hash = computeQsh(request);
            if (qshByUrl.size() < MAX_CACHED_HASHES) {
                qshByUrl.put(url, hash);
            }
        }
        return hash;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || type.startsWith("multipart/");
    }

    private static String computeQsh(HttpServletRequest request) {
        try {
            return HttpRequestCanonicalizer.computeCanonicalRequestHash(new CanonicalHttpServletRequest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static KeystoneProblem invalid(String code, String detail) {
        return new KeystoneProblem(401, code, "Authentication failed", detail);
    }
}
