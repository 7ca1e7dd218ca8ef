package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/user/bulk?accountId=a&accountId=b}: PageBeanUser with Jira's small default page (10),
 * so a caller that forgets to page loses users here just as on a real site. Unknown ids are left out.
 * Also what a user picker calls through AP.request: {@code user/search} and {@code myself}.
 */
@RestController
@SandboxProfile
class UserController {

    private final SiteData data;
    private final Permissions permissions;
    private final JiraJson j;

    UserController(SiteData data, Permissions permissions, JiraJson j) {
        this.data = data;
        this.permissions = permissions;
        this.j = j;
    }

    /**
     * Active users whose display name contains the query (case-insensitive), or whose e-mail matches it exactly
     * (Jira finds hidden e-mail addresses only by an exact match); a plain array of UserDetails.
     */
    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/user/search")
    ArrayNode search(@RequestParam(required = false) String query, @RequestParam(required = false) String accountId,
                     @RequestParam(defaultValue = "0") int startAt, @RequestParam(defaultValue = "50") int maxResults,
                     Caller caller) {
        if ((query == null || query.isBlank()) && (accountId == null || accountId.isBlank())) {
            throw JiraError.badRequest("The query parameter or the accountId parameter must be provided.");
        }
        if (!permissions.hasAnywhere(caller, SitePermission.USER_PICKER)) {
            throw JiraError.forbidden("You do not have the permission to browse users.");
        }
        String q = query == null ? null : query.trim().toLowerCase(Locale.ROOT);
        List<SiteData.User> found = data.activeUsers().stream()
                .filter(u -> accountId == null || accountId.isBlank() || u.accountId().equals(accountId))
                .filter(u -> q == null || q.isEmpty() || u.displayName().toLowerCase(Locale.ROOT).contains(q)
                        || q.equalsIgnoreCase(u.email()))
                .toList();
        int start = Math.max(0, startAt);
        int max = Math.max(1, Math.min(1000, maxResults));
        ArrayNode users = j.array();
        found.stream().skip(start).limit(max).forEach(u -> users.add(j.user(u)));
        return users;
    }

    /** The caller: the signed-in user, or for the app its own bot user (accountType {@code app}). */
    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/myself")
    ObjectNode myself(Caller caller) {
        SiteData.User user = caller.isApp() ? APP_USER : data.user(caller.accountId())
                .orElseThrow(() -> new JiraError(HttpStatus.UNAUTHORIZED,
                        "Client must be authenticated to access this resource."));
        ObjectNode node = j.user(user);
        if (caller.isApp()) {
            node.put("accountType", "app");
        }
        return node.put("locale", "en_US");
    }

    /** The app's bot user, as every Connect app has one; 557058 is the prefix Atlassian gives app accounts. */
    private static final SiteData.User APP_USER = new SiteData.User("557058:" + UUID.nameUUIDFromBytes(
            ("keystone-sandbox/" + RestAuthFilter.APP_KEY).getBytes(StandardCharsets.UTF_8)),
            "Keystone", null, "UTC", true);

    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/user/bulk")
    ObjectNode bulk(@RequestParam(name = "accountId", required = false) List<String> accountIds,
                    @RequestParam(defaultValue = "0") int startAt, @RequestParam(defaultValue = "10") int maxResults) {
        if (accountIds == null || accountIds.isEmpty()) {
            throw JiraError.badRequest("The 'accountId' parameter is required.");
        }
        int start = Math.max(0, startAt);
        int max = Math.max(1, Math.min(200, maxResults));
        List<SiteData.User> found = data.users(accountIds.stream().distinct().toList());
        List<SiteData.User> page = found.subList(Math.min(start, found.size()), Math.min(start + max, found.size()));
        boolean last = start + page.size() >= found.size();
        String ids = accountIds.stream().map(id -> "accountId=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        ObjectNode body = j.object().put("self", j.api("user/bulk?" + ids + "&startAt=" + start + "&maxResults=" + max));
        if (!last) {
            body.put("nextPage", j.api("user/bulk?" + ids + "&startAt=" + (start + max) + "&maxResults=" + max));
        }
        body.put("maxResults", max).put("startAt", start).put("total", found.size()).put("isLast", last);
        ArrayNode values = body.putArray("values");
        page.forEach(u -> values.add(j.user(u)));
        return body;
    }
}
