package app.keystone.connect.security;

import app.keystone.connect.host.HostSecrets;
import app.keystone.connect.tenant.TenantContextResolver;
import app.keystone.connect.web.ProblemResponses;
import app.keystone.shared.KeystoneProblem;
import app.keystone.shared.TenantContext;
import app.keystone.shared.TenantId;
import com.atlassian.connect.spring.AtlassianHost;
import com.atlassian.connect.spring.AtlassianHostUser;
import com.atlassian.connect.spring.internal.jwt.CanonicalHttpServletRequest;
import com.atlassian.connect.spring.internal.jwt.HttpRequestCanonicalizer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Verifies Jira's webhook tokens on {@code POST /webhooks/**} itself, with the same rules as ACSB (HS256 with
 * the site's shared secret, {@code iss} = clientKey, expiry, and a {@code qsh} computed over this request — so
 * a context token is refused), but from a cached secret instead of ACSB's per-request JPA host lookup and
 * descriptor read: the webhook path must take thousands of requests a second. On success the request carries
 * the host user (and the resolved tenant) and its token is hidden, so ACSB does not verify it a second time.
 * It also makes QshRequiredFilter's check for these requests, so the token is parsed once.
 */
class WebhookTokenFilter extends OncePerRequestFilter {

    private static final long LEEWAY_MS = 30_000;

    private final HostSecrets hosts;
    private final ProblemResponses problems;

    WebhookTokenFilter(HostSecrets hosts, ProblemResponses problems) {
        this.hosts = hosts;
        this.problems = problems;
    }

    static boolean isWebhook(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().startsWith(request.getContextPath() + "/webhooks/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isWebhook(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith("JWT ")) {
            chain.doFilter(request, response); // no token: the usual JWT_REQUIRED answer follows
            return;
        }
        HostSecrets.Host host;
        try {
            host = verify(request, header.substring(4).trim());
        } catch (KeystoneProblem problem) {
            problems.write(request, response, problem);
            return;
        }
        AtlassianHost atlassianHost = new AtlassianHost();
        atlassianHost.setClientKey(host.clientKey());
        atlassianHost.setBaseUrl(host.baseUrl());
        atlassianHost.setAddonInstalled(host.installed());
        atlassianHost.setSharedSecret(host.sharedSecret());
        AtlassianHostUser user = AtlassianHostUser.builder(atlassianHost).build();
        var authentication = new PreAuthenticatedAuthenticationToken(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_JWT")));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        if (host.installed()) {
            request.setAttribute(TenantContextResolver.RESOLVED_TENANT,
                    new TenantContext(new TenantId(host.tenantId()), host.baseUrl(), Optional.empty()));
        }
        try {
            chain.doFilter(new WithoutAuthorization(request), response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HostSecrets.Host verify(HttpServletRequest request, String token) {
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

    private static String expectedQsh(HttpServletRequest request) {
        try {
            return HttpRequestCanonicalizer.computeCanonicalRequestHash(new CanonicalHttpServletRequest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static KeystoneProblem invalid(String code, String detail) {
        return new KeystoneProblem(401, code, "Authentication failed", detail);
    }

    /** The verified request as ACSB's JWT filter should see it: without a token to verify again. */
    private static final class WithoutAuthorization extends HttpServletRequestWrapper {

        WithoutAuthorization(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }
    }
}
