package app.keystone.support;

import app.keystone.sandbox.auth.QueryStringHash;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a Jira Cloud site does toward an app, built only from Nimbus and the JDK (no Keystone or ACSB code):
 * an RSA key published by {@code kid} on a {@link KeyServer}, signed install payloads (RS256 with aud and
 * qsh), and HS256 tokens with the shared secret it handed over for everything after.
 */
public final class FakeJiraSite {

    public static final String APP_BASE_URL = "http://localhost:8080";

    public final String clientKey;
    public final String baseUrl;
    public final String cloudId = UUID.randomUUID().toString();
    public final String installationId = "ari:cloud:ecosystem::installation/" + UUID.randomUUID();
    public String sharedSecret = newSecret();
    private final KeyPair keys;
    public final String kid;

    public FakeJiraSite(String name, KeyServer keyServer) {
        this.clientKey = "client-" + name + "-" + UUID.randomUUID();
        this.baseUrl = "https://" + name + ".atlassian.net";
        this.keys = rsa();
        this.kid = "kid-" + UUID.randomUUID();
        keyServer.publish(kid, keys.getPublic());
    }

    public static String newSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Map<String, Object> lifecyclePayload(String eventType) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", "app.keystone");
        body.put("clientKey", clientKey);
        body.put("sharedSecret", sharedSecret);
        body.put("baseUrl", baseUrl);
        body.put("displayUrl", baseUrl);
        body.put("productType", "jira");
        body.put("description", "Atlassian JIRA at " + baseUrl);
        body.put("eventType", eventType);
        body.put("cloudId", cloudId);
        body.put("installationId", installationId);
        body.put("serverVersion", "100283");
        body.put("pluginsVersion", "1001.0.0-SNAPSHOT");
        body.put("someFieldJiraAddedLater", Map.of("nested", true));
        return body;
    }

    /** The install token Jira sends with signed-install: RS256, kid, iss=clientKey, aud=app baseUrl, qsh. */
    public String signedInstallToken(String method, String pathAndQuery, Consumer<JWTClaimsSet.Builder> tweak) {
        JWTClaimsSet.Builder claims = standardClaims(clientKey, method, pathAndQuery).audience(APP_BASE_URL);
        tweak.accept(claims);
        return rs256(claims.build(), kid);
    }

    public String signedInstallToken(String method, String pathAndQuery) {
        return signedInstallToken(method, pathAndQuery, c -> { });
    }

    public String rs256(JWTClaimsSet claims, String keyId) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId)
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server-to-server token (webhooks, lifecycle enabled/disabled, iframe loads): HS256 with a computed qsh. */
    public String hs256(String method, String pathAndQuery, Consumer<JWTClaimsSet.Builder> tweak) {
        JWTClaimsSet.Builder claims = standardClaims(clientKey, method, pathAndQuery);
        tweak.accept(claims);
        return hs256(claims.build(), sharedSecret);
    }

    public String hs256(String method, String pathAndQuery) {
        return hs256(method, pathAndQuery, c -> { });
    }

    /** What AP.context.getToken() returns: HS256, sub = the user, qsh = "context-qsh". */
    public String contextToken(String accountId) {
        JWTClaimsSet claims = baseClaims(clientKey).subject(accountId).claim("qsh", "context-qsh").build();
        return hs256(claims, sharedSecret);
    }

    public String iframeToken(String pathAndQuery, String accountId) {
        return hs256("GET", pathAndQuery, c -> c.subject(accountId));
    }

    public static String hs256(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder standardClaims(String iss, String method, String pathAndQuery) {
        return baseClaims(iss).claim("qsh", QueryStringHash.of(method, pathAndQuery));
    }

    private static JWTClaimsSet.Builder baseClaims(String iss) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(iss).issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(180)));
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(java.security.PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }
}
