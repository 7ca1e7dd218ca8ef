package app.keystone.connect;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads the served descriptor like Jira does and calls every URL in it, signed as Jira would sign it:
 * pages as iframe loads (jwt parameter, qsh over the context parameters), webhooks and lifecycle callbacks
 * as server-to-server POSTs. Nothing may answer 404 or 5xx.
 */
class DescriptorWalkTest extends IntegrationTest {

    private static final Map<String, String> CONTEXT = Map.of("issue.id", "10001", "issue.key", "WEB-1",
            "project.key", "WEB", "project.id", "10000", "dashboard.id", "10100", "dashboardItem.id", "7",
            "dashboardItem.viewType", "DEFAULT");

    @Test
    void descriptorHasTheAgreedShape() {
        JsonNode d = get("/atlassian-connect.json", null).json();
        assertThat(d.path("key").asText()).isEqualTo("app.keystone");
        assertThat(d.path("name").asText()).isEqualTo("Keystone");
        assertThat(d.path("baseUrl").asText()).isEqualTo(FakeJiraSite.APP_BASE_URL);
        assertThat(d.path("authentication").path("type").asText()).isEqualTo("jwt");
        assertThat(d.path("scopes").toString()).isEqualTo("[\"READ\",\"WRITE\"]");
        assertThat(d.path("apiMigrations").path("signed-install").asBoolean()).isTrue();
        assertThat(d.path("apiMigrations").path("context-qsh").asBoolean()).isTrue();
        assertThat(d.path("apiMigrations").path("gdpr").asBoolean()).isTrue();
        assertThat(d.path("lifecycle").path("installed").asText()).isEqualTo("/installed");
        assertThat(d.path("lifecycle").path("uninstalled").asText()).isEqualTo("/uninstalled");
        assertThat(d.path("modules").path("webhooks").findValuesAsText("event")).containsExactlyInAnyOrder(
                "jira:issue_created", "jira:issue_updated", "jira:issue_deleted", "issuelink_created",
                "issuelink_deleted", "project_deleted");
        assertThat(d.path("modules").fieldNames()).toIterable().contains("jiraIssueContents", "jiraProjectPages",
                "generalPages", "adminPages", "configurePage", "jiraDashboardItems", "webhooks");
    }

    @Test
    void everyUrlInTheDescriptorAnswers() {
        FakeJiraSite site = installed("walker");
        JsonNode d = get("/atlassian-connect.json", null).json();
        List<String> failures = new ArrayList<>();

        for (String page : pageUrls(d.path("modules"))) {
            String url = substitute(page);
            Response r = get(url + (url.contains("?") ? "&" : "?") + "jwt=" + site.iframeToken(url, "user-1"), null);
            check("GET " + url, r, failures);
            if (r.status() == 200 && !r.body().contains("all.js")) {
                failures.add("GET " + url + " does not load all.js");
            }
        }
        for (JsonNode hook : d.path("modules").path("webhooks")) {
            String url = hook.path("url").asText();
            Map<String, Object> body = Map.of("webhookEvent", hook.path("event").asText(), "timestamp", 1L);
            check("POST " + url, post(url, site.hs256("POST", url), body, Map.of()), failures);
        }
        for (String event : List.of("disabled", "enabled")) {
            String url = d.path("lifecycle").path(event).asText();
            check("POST " + url, post(url, site.hs256("POST", url), site.lifecyclePayload(event), Map.of()), failures);
        }
        for (String icon : d.path("modules").findValuesAsText("url")) {
            if (icon.startsWith("/images/")) {
                check("GET " + icon, get(icon, null), failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void check(String call, Response r, List<String> failures) {
        if (r.status() == 404 || r.status() >= 500 || r.status() == 401) {
            failures.add(call + " -> " + r.status() + " " + r.body());
        }
    }

    private static List<String> pageUrls(JsonNode modules) {
        List<String> urls = new ArrayList<>();
        modules.fields().forEachRemaining(type -> {
            if (type.getKey().equals("webhooks")) {
                return;
            }
            JsonNode value = type.getValue();
            Iterable<JsonNode> modulesOfType = value.isArray() ? value : List.of(value); // configurePage is one object
            for (JsonNode module : modulesOfType) {
                String url = module.has("target") ? module.path("target").path("url").asText() : module.path("url").asText();
                if (!url.isEmpty()) {
                    urls.add(url);
                }
            }
        });
        assertThat(urls).hasSizeGreaterThanOrEqualTo(8);
        return urls;
    }

    private static String substitute(String url) {
        String result = url;
        for (var e : CONTEXT.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        assertThat(result).doesNotContain("{");
        return result;
    }
}
