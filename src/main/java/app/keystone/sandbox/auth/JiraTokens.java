package app.keystone.sandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Date;

/** The tokens a Jira site signs toward an app: signed installs, server-to-server calls, iframe loads, context tokens. */
public final class JiraTokens {

    private static final int LIFETIME_SECONDS = 180;

    private final Clock clock;

    public JiraTokens(Clock clock) {
        this.clock = clock;
    }

    /** RS256 install or uninstall token: kid in the header, aud = the app's baseUrl, qsh over the callback. */
    public String signedInstall(PrivateKey key, String kid, String clientKey, String appBaseUrl, String method,
                                String pathAndQuery) {
        JWTClaimsSet claims = claims(clientKey).audience(appBaseUrl)
                .claim("qsh", QueryStringHash.of(method, pathAndQuery)).build();
        return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(JOSEObjectType.JWT).build(), claims,
                key);
    }

    /** HS256 token bound to one request (webhooks, lifecycle callbacks, iframe loads). */
    public String requestToken(String sharedSecret, String clientKey, String method, String pathAndQuery,
                               String accountId) {
        JWTClaimsSet.Builder claims = claims(clientKey).claim("qsh", QueryStringHash.of(method, pathAndQuery));
        if (accountId != null) {
            claims.subject(accountId);
        }
        return hs256(sharedSecret, claims.build());
    }

    /** What AP.context.getToken() hands a view: HS256, sub = the user, qsh = "context-qsh". */
    public String contextToken(String sharedSecret, String clientKey, String accountId) {
        return hs256(sharedSecret, claims(clientKey).subject(accountId).claim("qsh", "context-qsh").build());
    }

    private JWTClaimsSet.Builder claims(String issuer) {
        long now = clock.millis();
        return new JWTClaimsSet.Builder().issuer(issuer).issueTime(new Date(now))
                .expirationTime(new Date(now + LIFETIME_SECONDS * 1000L));
    }

    private static String hs256(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, PrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }
}
