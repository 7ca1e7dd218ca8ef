package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SignedInstallTest extends IntegrationTest {

    @Test
    void signedInstallStoresTheHostAndItsTenant(CapturedOutput logs) {
        FakeJiraSite site = site("acme");
        String token = site.signedInstallToken("POST", "/installed");

        assertThat(install(site, token).status()).isEqualTo(204);

        var host = db.sql("select shared_secret, base_url, addon_installed, installation_id from atlassian_host where client_key = ?")
                .param(site.clientKey).query().singleRow();
        assertThat(host).containsEntry("shared_secret", site.sharedSecret).containsEntry("base_url", site.baseUrl)
                .containsEntry("addon_installed", true).containsEntry("installation_id", site.installationId);
        var tenant = db.sql("select cloud_id, installation_id, installed from tenant where client_key = ?")
                .param(site.clientKey).query().singleRow();
        assertThat(tenant).containsEntry("cloud_id", site.cloudId).containsEntry("installed", true)
                .containsEntry("installation_id", site.installationId);
        assertThat(count("atlassian_host_mapping")).isEqualTo(1);
        assertThat(logs.getAll()).doesNotContain(token).doesNotContain(site.sharedSecret);
    }

    @Test
    void unsignedInstallIsRejected() {
        FakeJiraSite site = site("unsigned");
        assertProblem(install(site, null), 401, "JWT_REQUIRED");
        assertNothingStored();
    }

    @Test
    void unknownKeyIdIsRejected() {
        FakeJiraSite site = site("unknown-kid");
        String token = site.rs256(claims(site, "POST", "/installed").build(), "kid-nobody-published");
        assertProblem(install(site, token), 401, "JWT_INVALID");
        assertNothingStored();
    }

    @Test
    void wrongAudienceIsRejected() {
        FakeJiraSite site = site("wrong-aud");
        String token = site.signedInstallToken("POST", "/installed", c -> c.audience("https://someone-else.example"));
        assertProblem(install(site, token), 401, "JWT_INVALID");
        assertNothingStored();
    }

    @Test
    void expiredTokenIsRejected() {
        FakeJiraSite site = site("expired");
        Instant past = Instant.now().minusSeconds(3600);
        String token = site.signedInstallToken("POST", "/installed",
                c -> c.issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(180))));
        assertProblem(install(site, token), 401, "JWT_INVALID");
        assertNothingStored();
    }

    @Test
    void hs256SignedInstallIsRejected(CapturedOutput logs) {
        FakeJiraSite site = site("hs256");
        String token = site.hs256("POST", "/installed");
        assertProblem(install(site, token), 401, "JWT_NOT_RS256");
        assertNothingStored();
        assertThat(logs.getAll()).doesNotContain(token);
    }

    @Test
    void issuerOtherThanTheBodysClientKeyIsRejected() {
        FakeJiraSite site = site("iss-mismatch");
        String token = site.signedInstallToken("POST", "/installed", c -> c.issuer("client-somebody-else"));
        assertProblem(install(site, token), 401, "JWT_ISSUER_MISMATCH");
        assertNothingStored();
    }

    @Test
    void wrongQshOnFirstInstallIsRejected() {
        FakeJiraSite site = site("qsh-first");
        String token = site.signedInstallToken("POST", "/uninstalled");
        assertProblem(install(site, token), 401, "JWT_QSH_MISMATCH");
        assertNothingStored();
    }

    @Test
    void wrongQshOnReinstallIsRejectedAndTheHostIsUnchanged() {
        FakeJiraSite site = installed("qsh-reinstall");
        String original = site.sharedSecret;
        site.sharedSecret = FakeJiraSite.newSecret();

        assertProblem(install(site, site.signedInstallToken("POST", "/installed?x=1")), 401, "JWT_QSH_MISMATCH");

        assertThat(db.sql("select shared_secret from atlassian_host where client_key = ?").param(site.clientKey)
                .query(String.class).single()).isEqualTo(original);
    }

    @Test
    void tokenWithoutQshIsRejected() {
        FakeJiraSite site = site("no-qsh");
        String token = site.rs256(new JWTClaimsSet.Builder().issuer(site.clientKey).audience(FakeJiraSite.APP_BASE_URL)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(60))).build(), site.kid);
        assertProblem(install(site, token), 401, "JWT_QSH_MISSING");
        assertNothingStored();
    }

    @Test
    void payloadWithoutClientKeyIsABadRequest() {
        FakeJiraSite site = site("no-client-key");
        Response r = post("/installed", site.signedInstallToken("POST", "/installed"), Map.of("eventType", "installed"), Map.of());
        assertProblem(r, 400, "INVALID_LIFECYCLE_PAYLOAD");
        assertNothingStored();
    }

    private static JWTClaimsSet.Builder claims(FakeJiraSite site, String method, String path) {
        return new JWTClaimsSet.Builder().issuer(site.clientKey).audience(FakeJiraSite.APP_BASE_URL)
                .claim("qsh", app.keystone.sandbox.auth.QueryStringHash.of(method, path))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(60)));
    }

    private void assertNothingStored() {
        assertThat(count("atlassian_host")).isZero();
        assertThat(count("tenant")).isZero();
        assertThat(count("atlassian_host_mapping")).isZero();
    }
}
