package app.keystone.automation;

import app.keystone.shared.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-site secret of the inbound endpoint. Only its SHA-256 is stored: the secret is shown once when made, and a
 * lookup by hash finds the site (a timing side channel on the comparison would reveal nothing about the secret, only
 * about its hash). 32 random bytes make guessing hopeless. The secret itself is never logged.
 */
@Repository
class InboundSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "ksa_";

    private final JdbcClient db;

    InboundSecrets(JdbcClient db) {
        this.db = db;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Status(boolean configured, String hint, Instant rotatedAt) {
    }

    /** A new secret for the site; the previous one stops working when this commits. */
    String rotate(TenantId tenant) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.sql("""
                insert into automation_inbound_secret (tenant_id, secret_sha256, hint, rotated_at)
                values (:t, :h, :hint, now())
                on conflict (tenant_id) do update set secret_sha256 = excluded.secret_sha256, hint = excluded.hint,
                    rotated_at = excluded.rotated_at""")
                .param("t", tenant.value()).param("h", sha256(secret))
                .param("hint", secret.substring(secret.length() - 4)).update();
        return secret;
    }

    Status status(TenantId tenant) {
        return db.sql("select hint, rotated_at from automation_inbound_secret where tenant_id = :t")
                .param("t", tenant.value())
                .query((rs, n) -> new Status(true, "…" + rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional().orElse(new Status(false, null, null));
    }

    /** The installed site this secret belongs to. */
    Optional<TenantId> tenantOf(String secret) {
        return db.sql("""
                select s.tenant_id from automation_inbound_secret s join tenant t on t.id = s.tenant_id
                where s.secret_sha256 = :h and t.installed""")
                .param("h", sha256(secret)).query(UUID.class).optional().map(TenantId::new);
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
