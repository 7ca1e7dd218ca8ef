package app.keystone.sandbox.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;

/**
 * Checks a call the app makes to the site's REST API the way Jira does: HS256 with the shared secret,
 * {@code iss} = the app key, not expired (30 s leeway), {@code qsh} over the request relative to the
 * site's base URL.
 */
public final class AppTokenVerifier {

    private static final long LEEWAY_MS = 30_000;

    private final Clock clock;

    public AppTokenVerifier(Clock clock) {
        this.clock = clock;
    }

    /** @throws RejectedToken with a reason Jira-like enough for a 401 body */
    public JWTClaimsSet verify(String token, String sharedSecret, String appKey, String method, String pathAndQuery) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                    || !jwt.verify(new MACVerifier(sharedSecret.getBytes(StandardCharsets.UTF_8)))) {
                throw new RejectedToken("JWT signature verification failed");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!appKey.equals(claims.getIssuer())) {
                throw new RejectedToken("JWT issuer is not an installed app");
            }
            Date exp = claims.getExpirationTime();
            if (exp == null || exp.getTime() + LEEWAY_MS < clock.millis()) {
                throw new RejectedToken("JWT expired");
            }
            if (!QueryStringHash.of(method, pathAndQuery).equals(claims.getStringClaim("qsh"))) {
                throw new RejectedToken("JWT query string hash does not match the request");
            }
            return claims;
        } catch (ParseException | JOSEException e) {
            throw new RejectedToken("JWT could not be parsed");
        }
    }

    /** A token the site refuses; the message is safe to return (it never quotes the token). */
    public static final class RejectedToken extends RuntimeException {
        public RejectedToken(String message) {
            super(message);
        }
    }
}
