package app.keystone.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Atlassian's install-key server in miniature: {@code GET /keys/{kid}} answers the PEM public key, or 404. */
public final class KeyServer {

    private static KeyServer shared;

    private final HttpServer server;
    private final Map<String, String> pems = new ConcurrentHashMap<>();

    private KeyServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/keys/", exchange -> {
            String kid = exchange.getRequestURI().getPath().substring("/keys/".length());
            String pem = pems.get(kid);
            byte[] body = (pem == null ? "no such key" : pem).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(pem == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static synchronized KeyServer shared() {
        if (shared == null) {
            try {
                shared = new KeyServer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/keys";
    }

    void publish(String kid, PublicKey key) {
        pems.put(kid, FakeJiraSite.pem(key));
    }
}
