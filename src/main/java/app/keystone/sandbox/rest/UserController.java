package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/user/bulk?accountId=a&accountId=b}: PageBeanUser with Jira's small default page (10),
 * so a caller that forgets to page loses users here just as on a real site. Unknown ids are left out.
 */
@RestController
@SandboxProfile
class UserController {

    private final SiteData data;
    private final JiraJson j;

    UserController(SiteData data, JiraJson j) {
        this.data = data;
        this.j = j;
    }

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
