package app.keystone.sandbox.shell;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The installed app's descriptor as the site read it over HTTP: which module lives at which URL. */
@Component
@SandboxProfile
public class AppDescriptor {

    private static final List<String> PAGE_MODULES = List.of("jiraIssueContents", "jiraProjectPages", "generalPages",
            "adminPages", "configurePage", "jiraDashboardItems");

    private final SandboxSite site;
    private final RestClient http = RestClient.create();

    AppDescriptor(SandboxSite site) {
        this.site = site;
    }

    /** Module key -> {name, url template, type}, in descriptor order. Read fresh: the app may have changed. */
    Map<String, Module> modules() {
        JsonNode descriptor = read();
        Map<String, Module> modules = new LinkedHashMap<>();
        for (String type : PAGE_MODULES) {
            JsonNode value = descriptor.path("modules").path(type);
            for (JsonNode m : value.isArray() ? value : List.of(value)) {
                String url = m.has("target") ? m.path("target").path("url").asText() : m.path("url").asText();
                if (!url.isEmpty()) {
                    modules.put(m.path("key").asText(), new Module(type, m.path("name").path("value").asText(), url));
                }
            }
        }
        return modules;
    }

    /** {@code modules.webhooks}: which event goes to which URL (relative to the app's base URL), in order. */
    public List<Webhook> webhooks() {
        List<Webhook> webhooks = new ArrayList<>();
        for (JsonNode w : read().path("modules").path("webhooks")) {
            if (w.hasNonNull("event") && w.hasNonNull("url")) {
                webhooks.add(new Webhook(w.path("event").asText(), w.path("url").asText()));
            }
        }
        return webhooks;
    }

    private JsonNode read() {
        return http.get().uri(site.appUrl() + "/atlassian-connect.json").retrieve().body(JsonNode.class);
    }

    public record Webhook(String event, String url) {
    }

    record Module(String type, String name, String url) {
    }
}
