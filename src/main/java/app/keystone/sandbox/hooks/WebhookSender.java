package app.keystone.sandbox.hooks;

import app.keystone.sandbox.auth.JiraTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * One webhook POST as Jira Cloud makes it to a Connect app: an HS256 JWT (iss = clientKey, qsh over
 * {@code POST} and the descriptor's URL relative to the app's base URL), JSON body, the identifier and flow
 * headers, and the retry count only on redeliveries. Timeouts keep a hanging app from stalling the worker.
 */
final class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final JiraTokens tokens = new JiraTokens(Clock.systemUTC());

    /**
     * @param relativeUrl the descriptor's webhook url, e.g. {@code /webhooks/issue-created}
     * @param retry 0 on the first attempt and on a duplicate re-send (no header), else the retry number
     * @return the HTTP status, or 0 if there was no answer (connection failure, timeout)
     */
    int send(String baseUrl, String relativeUrl, String body, String identifier, String flow, int retry,
             String sharedSecret, String clientKey) {
        String token = tokens.requestToken(sharedSecret, clientKey, "POST", relativeUrl, null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stripSlash(baseUrl) + relativeUrl))
                .timeout(TIMEOUT)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + token)
                .header("X-Atlassian-Webhook-Identifier", identifier)
                .header("X-Atlassian-Webhook-Flow", flow);
        if (retry > 0) {
            request.header("X-Atlassian-Webhook-Retry", Integer.toString(retry));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Jira retries on these (and on no answer); any other non-2xx fails the delivery at once. */
    static boolean retryable(int status) {
        return status == 0 || status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
    }

    static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
