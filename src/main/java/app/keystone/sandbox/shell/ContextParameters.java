package app.keystone.sandbox.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Jira's context variables in module URLs ({@code {issue.key}}); unbound ones are sent empty, as Jira does. */
final class ContextParameters {

    static final List<String> NAMES = List.of("issue.id", "issue.key", "project.id", "project.key",
            "dashboard.id", "dashboardItem.id", "dashboardItem.viewType");

    private ContextParameters() {
    }

    static String fill(String template, Map<String, String> context) {
        String url = template;
        for (String name : NAMES) {
            String value = context.getOrDefault(name, "");
            url = url.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return url;
    }
}
