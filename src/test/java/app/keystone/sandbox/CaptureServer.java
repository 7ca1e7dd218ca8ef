package app.keystone.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;

/**
 * A stand-in for Keystone as webhook target: records every request and answers with scripted statuses
 * (204 once the script is used up, or {@link #alwaysAnswer}).
 */
public final class CaptureServer implements AutoCloseable {

    public record Captured(String method, String path, Map<String, String> headers, String body, Instant at) {

        /** A header by name, case-insensitively; null when absent. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** Without the Authorization header: a failing assertion must not print tokens. */
        @Override
        public String toString() {
            return method + " " + path + " " + header("X-Atlassian-Webhook-Identifier") + " retry="
                    + header("X-Atlassian-Webhook-Retry") + " " + body;
        }

        public JsonNode json() {
            try {
                return SandboxTest.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final HttpServer server;
    private final List<Captured> requests = new ArrayList<>();
    private final Deque<Integer> script = new ArrayDeque<>();
    private volatile int fallback = 204;

    public CaptureServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                requests.add(new Captured(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers,
                        body, Instant.now()));
                Integer next = script.pollFirst();
                status = next == null ? fallback : next;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String baseUrl() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The next answers, in order; afterwards the fallback (204). */
    public synchronized CaptureServer answer(Integer... statuses) {
        script.addAll(List.of(statuses));
        return this;
    }

    public CaptureServer alwaysAnswer(int status) {
        fallback = status;
        return this;
    }

    public synchronized List<Captured> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose payload names {@code event}, in arrival order. */
    public List<Captured> events(String event) {
        return requests().stream().filter(r -> event.equals(r.json().path("webhookEvent").asText())).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
