package app.keystone.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Calls the site as the sandbox shell's page does for AP.request: the session cookie, no Authorization header. */
final class SessionCalls {

    static final String COOKIE = "sandbox.user";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SessionCalls() {
    }

    /** {@code /sandbox/jira + pathAndQuery} as the user (accountId URL-encoded, as a browser page would set it). */
    static SandboxTest.Response asUser(String accountId, String method, String pathAndQuery, String body) {
        HttpResponse<String> r = raw(accountId == null ? null : COOKIE + "=" + URLEncoder.encode(accountId,
                StandardCharsets.UTF_8), method, "/sandbox/jira" + pathAndQuery, body);
        return new SandboxTest.Response(r.statusCode(), r.body());
    }

    static HttpResponse<String> raw(String cookie, String method, String absolutePath, String body) {
        return raw(cookie, method, absolutePath, body, null);
    }

    static HttpResponse<String> raw(String cookie, String method, String absolutePath, String body,
                                    String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + SandboxTest.port() + absolutePath))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
