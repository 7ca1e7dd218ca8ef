package app.keystone.sandbox.shell;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.auth.JiraTokens;
import app.keystone.sandbox.site.SandboxSite;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell's backend: what the Jira-like page lists, and the signed URLs and tokens Jira would produce —
 * an iframe URL with the context parameters filled in and a {@code jwt} whose qsh covers them, and the
 * context token AP.context.getToken() returns, both for the user the shell is acting as.
 */
@RestController
@SandboxProfile
class ShellController {

    private final SandboxSite site;
    private final AppDescriptor descriptor;
    private final JdbcClient db;
    private final JiraTokens tokens = new JiraTokens(Clock.systemUTC());

    ShellController(SandboxSite site, AppDescriptor descriptor, JdbcClient db) {
        this.site = site;
        this.descriptor = descriptor;
        this.db = db;
    }

    @GetMapping("/sandbox/api/site")
    Map<String, Object> siteData() {
        return Map.of(
                "installed", site.sharedSecret().isPresent(),
                "modules", descriptor.modules(),
                "projects", db.sql("select id::text, key, name from sandbox_project order by key").query().listOfRows(),
                "users", db.sql("select account_id as \"accountId\", display_name as \"displayName\" from sandbox_user "
                        + "order by display_name").query().listOfRows(),
                // oldest projects first: the demo site's come before any that tests or users add, within the limit
                "issues", db.sql("""
                        select i.id::text, i.key, i.summary, t.name as type, s.name as status, s.category_key as "statusCategory",
                               p.key as "projectKey",
                               p.id::text as "projectId", parent.key as "parentKey"
                        from sandbox_issue i join sandbox_project p on p.id = i.project_id
                        join sandbox_issue_type t on t.id = i.issue_type_id join sandbox_status s on s.id = i.status_id
                        left join sandbox_issue parent on parent.id = i.parent_id
                        order by p.id, i.id limit 1000""").query().listOfRows());
    }

    /** The iframe URL Jira would render for a module, e.g. {@code ?module=issue-panel&issue.key=WEB-1}. */
    @GetMapping("/sandbox/api/frame")
    ResponseEntity<Map<String, String>> frame(@RequestParam String module, @RequestParam(required = false) String user,
                                              @RequestParam Map<String, String> context) {
        AppDescriptor.Module m = descriptor.modules().get(module);
        String secret = site.sharedSecret().orElse(null);
        if (m == null || secret == null) {
            return ResponseEntity.status(m == null ? 404 : 409).body(Map.of("error",
                    m == null ? "No module " + module : "Keystone is not installed yet"));
        }
        String path = ContextParameters.fill(m.url(), context);
        String jwt = tokens.requestToken(secret, site.clientKey(), "GET", path, user);
        return ResponseEntity.ok(Map.of("url", path + (path.contains("?") ? "&" : "?") + "jwt=" + jwt));
    }

    @GetMapping("/sandbox/api/context-token")
    ResponseEntity<Map<String, String>> contextToken(@RequestParam String user) {
        return site.sharedSecret()
                .map(secret -> ResponseEntity.ok(Map.of("token", tokens.contextToken(secret, site.clientKey(), user))))
                .orElse(ResponseEntity.status(409).body(Map.of("error", "Keystone is not installed yet")));
    }

}
