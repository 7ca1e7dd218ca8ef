package app.keystone.sandbox.shell;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The installed app's descriptor as the site read it over HTTP: which module lives at which URL. */
@Component
@SandboxProfile
class AppDescriptor {

    private static final List<String> PAGE_MODULES = List.of("jiraIssueContents", "jiraProjectPages", "generalPages",
            "adminPages", "configurePage", "jiraDashboardItems");

    private final SandboxSite site;
    private final RestClient http = RestClient.create();

    AppDescriptor(SandboxSite site) {
        this.site = site;
    }

    /** Module key -> {name, url template, type}, in descriptor order. Read fresh: the app may have changed. */
    Map<String, Module> modules() {
        JsonNode descriptor = http.get().uri(site.appUrl() + "/atlassian-connect.json").retrieve().body(JsonNode.class);
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

    record Module(String type, String name, String url) {
    }
}
