package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the shell does for a user, over HTTP: the sandbox installed Keystone with a signed install, signs an
 * iframe URL the way Jira does (Keystone serves the view, loading the sandbox's all.js), and hands out a
 * context token that Keystone's API accepts for that user on that site.
 */
class ShellFlowTest extends SandboxTest {

    private static final String USER = "712020:shell-test-user";

    @Test
    void sandboxInstalledKeystoneAsATenant() {
        sharedSecret();
        String siteUrl = db.sql("select base_url from tenant where installed").query(String.class).single();
        assertThat(siteUrl).endsWith("/sandbox/jira");
    }

    @Test
    void signedIframeUrlLoadsTheViewWithTheSandboxAllJs() {
        sharedSecret();
        Response frame = sendTo("GET", "/sandbox/api/frame?module=issue-panel&user=" + enc(USER)
                + "&issue.key=PAY-3&issue.id=10042&project.key=PAY", null, null);
        assertThat(frame.status()).isEqualTo(200);
        String url = frame.json().path("url").asText();
        assertThat(url).startsWith("/views/issue-panel?issueId=10042&issueKey=PAY-3&projectKey=PAY&jwt=");

        Response view = sendTo("GET", url, null, null);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("<script src=\"/sandbox/all.js\"").contains("<div id=\"root\">");

        Response tampered = sendTo("GET", url.replace("PAY-3", "PAY-4"), null, null);
        assertThat(tampered.status()).isEqualTo(401);
    }

    @Test
    void contextTokenFromTheShellOpensKeystonesApiForThatUser() {
        sharedSecret();
        Response token = sendTo("GET", "/sandbox/api/context-token?user=" + enc(USER), null, null);
        Response session = sendTo("GET", "/api/session", null, token.json().path("token").asText());
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json().path("accountId").asText()).isEqualTo(USER);
        assertThat(session.json().path("siteUrl").asText()).endsWith("/sandbox/jira");
    }

    @Test
    void shellAndAllJsAreServed() {
        assertThat(sendTo("GET", "/sandbox/all.js", null, null).body()).contains("window.AP =");
        Response shell = sendTo("GET", "/sandbox/", null, null);
        assertThat(shell.status()).isEqualTo(200);
        assertThat(shell.body()).contains("<div id=\"root\">").contains("/sandbox/shell/assets/");
        assertThat(sendTo("GET", "/sandbox/keys/no-such-kid", null, null).status()).isEqualTo(404);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
