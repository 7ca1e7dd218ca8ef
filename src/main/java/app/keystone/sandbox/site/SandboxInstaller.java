package app.keystone.sandbox.site;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.auth.JiraTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Installs Keystone into the sandbox the way Jira Cloud does, once the server is up: reads the descriptor
 * over HTTP, hands over a fresh shared secret in an RS256-signed install, and keeps the secret only if
 * Keystone accepted it. Every start reinstalls (Jira does the same on app updates).
 */
@Component
@SandboxProfile
public class SandboxInstaller {

    private static final Logger log = LoggerFactory.getLogger(SandboxInstaller.class);

    private final SandboxSite site;
    private final DemoKeystoneProgram demoProgram;
    private final JiraTokens tokens = new JiraTokens(Clock.systemUTC());
    private final RestClient http = RestClient.create();
    private volatile CompletableFuture<Void> installation = new CompletableFuture<>();

    SandboxInstaller(SandboxSite site, DemoKeystoneProgram demoProgram) {
        this.site = site;
        this.demoProgram = demoProgram;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        installation = CompletableFuture.runAsync(this::installWithRetries);
    }

    /** Completes when Keystone has accepted the install (tests and the shell wait on it). */
    public CompletableFuture<Void> installation() {
        return installation;
    }

    private void installWithRetries() {
        for (int attempt = 1; ; attempt++) {
            try {
                install();
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    log.error("Sandbox could not install Keystone: {}", e.getMessage());
                    throw e;
                }
                sleep(attempt * 500L);
            }
        }
    }

    /** Installs again now, e.g. after the app lost its host record. */
    public void reinstall() {
        install();
    }

    void install() {
        JsonNode descriptor = http.get().uri(site.appUrl() + "/atlassian-connect.json").retrieve().body(JsonNode.class);
        String path = descriptor.path("lifecycle").path("installed").asText("/installed");
        String secret = newSecret();
        String token = tokens.signedInstall(site.installKeys().getPrivate(), site.kid(), site.clientKey(),
                descriptor.path("baseUrl").asText(), "POST", path);
        http.post().uri(site.appUrl() + path).contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "JWT " + token)
                .body(payload(descriptor.path("key").asText(), secret))
                .retrieve().toBodilessEntity();
        site.recordInstall(secret);
        demoProgram.ensure(site, secret);
        log.info("Sandbox site {} installed {}", site.baseUrl(), descriptor.path("name").asText());
        log.info("Keystone sandbox is ready: open {}/sandbox/", site.appUrl());
    }

    private Map<String, Object> payload(String appKey, String secret) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", appKey);
        body.put("clientKey", site.clientKey());
        body.put("sharedSecret", secret);
        body.put("baseUrl", site.baseUrl());
        body.put("displayUrl", site.baseUrl());
        body.put("productType", "jira");
        body.put("description", "Keystone sandbox (simulated Jira Cloud site)");
        body.put("eventType", "installed");
        body.put("cloudId", UUID.nameUUIDFromBytes(site.clientKey().getBytes()).toString());
        body.put("installationId", "ari:cloud:ecosystem::installation/" + UUID.nameUUIDFromBytes(
                (site.clientKey() + "/install").getBytes()));
        body.put("serverVersion", "100300");
        body.put("pluginsVersion", "1001.0.0-SNAPSHOT");
        return body;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
