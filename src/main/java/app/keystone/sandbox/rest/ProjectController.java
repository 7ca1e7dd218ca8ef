package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/project/search}: PageBeanProject, startAt paging, at most 100 per page; only projects
 * the caller can browse, as Jira's default {@code action=view} lists.
 */
@RestController
@SandboxProfile
class ProjectController {

    private final SiteData data;
    private final Permissions permissions;
    private final JiraJson j;

    ProjectController(SiteData data, Permissions permissions, JiraJson j) {
        this.data = data;
        this.permissions = permissions;
        this.j = j;
    }

    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/project/search")
    ObjectNode search(@RequestParam(defaultValue = "0") int startAt, @RequestParam(defaultValue = "50") int maxResults,
                      @RequestParam(defaultValue = "key") String orderBy,
                      @RequestParam(name = "keys", required = false) List<String> keys,
                      @RequestParam(name = "id", required = false) List<Long> ids,
                      @RequestParam(required = false) String query, Caller caller) {
        Set<Long> visible = permissions.browsable(caller);
        int start = Math.max(0, startAt);
        int max = Math.max(1, Math.min(100, maxResults));
        List<SiteData.Project> matching = data.projects().stream().filter(p -> visible.contains(p.id()))
                .filter(p -> keys == null || keys.stream().anyMatch(k -> k.equalsIgnoreCase(p.key())))
                .filter(p -> ids == null || ids.contains(p.id()))
                .filter(p -> query == null || contains(p.key(), query) || contains(p.name(), query))
                .sorted(order(orderBy)).toList();
        List<SiteData.Project> page = matching.subList(Math.min(start, matching.size()),
                Math.min(start + max, matching.size()));
        boolean last = start + page.size() >= matching.size();

        ObjectNode body = j.object().put("self", j.api("project/search?startAt=" + start + "&maxResults=" + max));
        if (!last) {
            body.put("nextPage", j.api("project/search?startAt=" + (start + max) + "&maxResults=" + max));
        }
        body.put("maxResults", max).put("startAt", start).put("total", matching.size()).put("isLast", last);
        ArrayNode values = body.putArray("values");
        for (SiteData.Project p : page) {
            ObjectNode v = j.project(p.id(), p.key(), p.name());
            ObjectNode entry = values.addObject().put("expand", "description,lead,issueTypes,url,projectKeys,permissions,insight");
            entry.setAll(v);
            entry.put("style", "classic").put("isPrivate", false).putObject("properties");
        }
        return body;
    }

    private static boolean contains(String value, String query) {
        return value.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT));
    }

    private static Comparator<SiteData.Project> order(String orderBy) {
        boolean desc = orderBy.startsWith("-");
        String field = orderBy.replaceFirst("^[+-]", "");
        Comparator<SiteData.Project> c = field.equals("name")
                ? Comparator.comparing(SiteData.Project::name, String.CASE_INSENSITIVE_ORDER)
                : Comparator.comparing(SiteData.Project::key);
        return desc ? c.reversed() : c;
    }
}
