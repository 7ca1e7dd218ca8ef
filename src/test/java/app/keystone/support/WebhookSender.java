package app.keystone.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;

/**
 * Jira's side of webhook delivery to one Keystone node: a signed install, then webhooks each with a fresh HS256
 * token whose qsh covers POST and the path, the identifier header and, for re-deliveries, the retry header.
 * A failed exchange (connection refused or reset, as when the node dies) reads as status -1. Signs as a
 * {@link FakeJiraSite}, or as any site through a signer (e.g. the sandbox's site, installed by the sandbox itself).
 */
public final class WebhookSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String baseUrl;
    private final FakeJiraSite site;
    private final UnaryOperator<String> signer;
    private final java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();

    public WebhookSender(HttpClient http, int port, FakeJiraSite site) {
        this(http, port, site, path -> site.hs256("POST", path));
    }

    /** @param signer a webhook path → the HS256 token the site signs for {@code POST} to it */
    public WebhookSender(HttpClient http, int port, UnaryOperator<String> signer) {
        this(http, port, null, signer);
    }

    private WebhookSender(HttpClient http, int port, FakeJiraSite site, UnaryOperator<String> signer) {
        this.http = http;
        this.baseUrl = "http://localhost:" + port;
        this.site = site;
        this.signer = signer;
    }

    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public void install() {
        if (site == null) {
            throw new IllegalStateException("only a FakeJiraSite is installed by its sender");
        }
        try {
            String body = JSON.writeValueAsString(site.lifecyclePayload("installed"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/installed"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "JWT " + site.signedInstallToken("POST", "/installed"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 204) {
                throw new IllegalStateException("install failed: " + r.statusCode() + " " + r.body());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("install failed", e);
        }
    }

    /**
     * Re-use a path's token for {@link #TOKEN_REUSE_MS} (it is valid for three minutes): signing is Jira's CPU, not
     * Keystone's, and on one machine it would be taken from the app under test. Keystone still verifies each one.
     */
    public WebhookSender reusingTokens() {
        this.reuseTokens = true;
        return this;
    }

    private String token(String path) {
        if (!reuseTokens) {
            return signer.apply(path);
        }
        long now = System.currentTimeMillis();
        Token cached = tokens.get(path);
        if (cached == null || now - cached.signedAt() > TOKEN_REUSE_MS) {
            cached = new Token(signer.apply(path), now);
            tokens.put(path, cached);
        }
        return cached.jwt();
    }

    private record Token(String jwt, long signedAt) {
    }

    private static final long TOKEN_REUSE_MS = 60_000;
    private final java.util.Map<String, Token> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean reuseTokens;

    public CompletableFuture<Integer> send(SiteHistory.Event e, int retry) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + e.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "JWT " + token(e.path()))
                .header("X-Atlassian-Webhook-Identifier", e.identifier())
                .POST(HttpRequest.BodyPublishers.ofString(e.body()));
        if (retry > 0) {
            request.header("X-Atlassian-Webhook-Retry", Integer.toString(retry));
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                .handle((r, failure) -> {
                    if (failure == null && r.statusCode() / 100 != 2) {
                        lastFailure = r.statusCode() + " " + r.body();
                    }
                    return failure == null ? r.statusCode() : -1;
                })
                .whenComplete((status, ignored) -> {
                    if (status / 100 != 2) {
                        failures.incrementAndGet();
                    }
                });
    }

    /** The last non-2xx answer with its body, for assertion messages. */
    public volatile String lastFailure;

    /** How many deliveries so far got no 2xx. */
    public int burstFailures() {
        return failures.get();
    }

    /**
     * Sends all events with at most {@code concurrency} in flight, calling {@code onAck} as each answer arrives
     * (tests use it to break something mid-burst); returns each event's status.
     */
    public Map<SiteHistory.Event, Integer> burst(List<SiteHistory.Event> events, int retry, int concurrency,
                                                 java.util.function.IntConsumer onAck) {
        Map<SiteHistory.Event, Integer> status = new ConcurrentHashMap<>();
        Semaphore slots = new Semaphore(concurrency);
        java.util.concurrent.atomic.AtomicInteger acked = new java.util.concurrent.atomic.AtomicInteger();
        for (SiteHistory.Event e : events) {
            slots.acquireUninterruptibly();
            send(e, retry).thenAccept(s -> {
                status.put(e, s);
                slots.release();
                onAck.accept(acked.incrementAndGet());
            });
        }
        slots.acquireUninterruptibly(concurrency);
        return status;
    }

    /** Jira's retries: every event without a 2xx is sent again (same identifier) until all are acknowledged. */
    public void redeliverUntilAcknowledged(Map<SiteHistory.Event, Integer> status, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int retry = 1; ; retry++) {
            List<SiteHistory.Event> missing = status.entrySet().stream()
                    .filter(en -> en.getValue() / 100 != 2).map(Map.Entry::getKey).toList();
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(missing.size() + " events still unacknowledged, e.g. status "
                        + status.get(missing.get(0)));
            }
            status.putAll(burst(missing, retry, 8, n -> { }));
        }
    }
}
