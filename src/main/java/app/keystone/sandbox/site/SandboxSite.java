package app.keystone.sandbox.site;

import app.keystone.sandbox.SandboxProfile;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import app.keystone.sandbox.SandboxSchema;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The simulated site's identity: a clientKey that survives restarts (so Keystone finds its data again),
 * the shared secret handed over at the last install, and this run's install-signing key, published by kid.
 */
@Component
@SandboxProfile
public class SandboxSite {

    private final JdbcClient db;
    private final Environment env;
    private final KeyPair installKeys = rsa();
    private final String kid = "sandbox-" + UUID.randomUUID();
    private volatile String baseUrl;

    SandboxSite(JdbcClient db, Environment env, SandboxSchema schemaFirst) {
        this.db = db;
        this.env = env;
        db.sql("insert into sandbox_site (id, client_key) values (1, :key) on conflict (id) do nothing")
                .param("key", "sandbox-" + UUID.randomUUID()).update();
    }

    /**
     * Where the site answers; resolved late because it names the port the server got, then kept: rendering calls
     * this for every URL in an issue, and resolving the placeholder through the Environment each time was 40 % of
     * a search page's CPU.
     */
    public String baseUrl() {
        String url = baseUrl;
        if (url == null) {
            url = env.getRequiredProperty("keystone.sandbox.site-url");
            baseUrl = url;
        }
        return url;
    }

    /** Where the site reaches Keystone on this machine (the descriptor's baseUrl may be a public URL). */
    public String appUrl() {
        return "http://localhost:" + env.getRequiredProperty("local.server.port");
    }

    public String clientKey() {
        return db.sql("select client_key from sandbox_site where id = 1").query(String.class).single();
    }

    public Optional<String> sharedSecret() {
        return db.sql("select shared_secret from sandbox_site where id = 1").query(String.class).optional();
    }

    void recordInstall(String sharedSecret) {
        db.sql("update sandbox_site set shared_secret = :secret, installed_at = now() where id = 1")
                .param("secret", sharedSecret).update();
    }

    KeyPair installKeys() {
        return installKeys;
    }

    public String kid() {
        return kid;
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(installKeys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
