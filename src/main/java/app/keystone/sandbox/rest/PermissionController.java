package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/mypermissions}: the caller's permissions, globally or in a project/issue context.
 * A context the caller cannot see is a 404, not {@code havePermission:false} (a pitfall apps trip over).
 * Without a context a project permission is held if it is held in any project.
 */
@RestController
@SandboxProfile
class PermissionController {

    private final SiteData data;
    private final Permissions permissions;
    private final IssueAccess access;
    private final JiraJson j;

    PermissionController(SiteData data, Permissions permissions, IssueAccess access, JiraJson j) {
        this.data = data;
        this.permissions = permissions;
        this.access = access;
        this.j = j;
    }

    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/mypermissions")
    ObjectNode myPermissions(@RequestParam(required = false) String permissions,
                             @RequestParam(required = false) String projectKey,
                             @RequestParam(required = false) String projectId,
                             @RequestParam(required = false) String issueKey,
                             @RequestParam(required = false) String issueId, Caller caller) {
        List<String> keys = keys(permissions);
        Optional<Long> project = context(caller, projectKey, projectId, issueKey, issueId);
        ObjectNode body = j.object();
        ObjectNode map = body.putObject("permissions");
        for (String key : keys) {
            SitePermission p = SitePermission.byKey(key).orElseThrow();
            boolean have = project.map(id -> this.permissions.has(caller, p, id))
                    .orElseGet(() -> this.permissions.hasAnywhere(caller, p));
            ObjectNode entry = map.putObject(key).put("id", p.id()).put("key", key).put("name", p.displayName())
                    .put("type", p.type().name()).put("description", p.description()).put("havePermission", have);
            if (SitePermission.isDeprecatedKey(key)) {
                entry.put("deprecatedKey", true);
            }
        }
        return body;
    }

    /** The comma-separated keys, all known, or a 400 naming the unknown ones. */
    private static List<String> keys(String param) {
        if (param == null || param.isBlank()) {
            throw JiraError.badRequest("The 'permissions' parameter is required.");
        }
        List<String> keys = Arrays.stream(param.split(",")).map(String::trim).filter(k -> !k.isEmpty())
                .distinct().toList();
        Map<String, String> unknown = new LinkedHashMap<>();
        keys.stream().filter(k -> SitePermission.byKey(k).isEmpty()).forEach(k -> unknown.put(k, "Unrecognized permission"));
        if (keys.isEmpty()) {
            throw JiraError.badRequest("The 'permissions' parameter is required.");
        }
        if (!unknown.isEmpty()) {
            throw new JiraError(HttpStatus.BAD_REQUEST, new ErrorCollection(
                    List.of("Invalid permission key(s): " + String.join(", ", unknown.keySet())), unknown));
        }
        return new ArrayList<>(keys);
    }

    /** The project the question is about, if any; 404 when it does not exist or the caller cannot see it. */
    private Optional<Long> context(Caller caller, String projectKey, String projectId, String issueKey,
                                   String issueId) {
        String issue = issueId != null ? issueId : issueKey;
        if (issue != null) {
            return Optional.of(access.browse(caller, issue).project());
        }
        String project = projectId != null ? projectId : projectKey;
        if (project == null) {
            return Optional.empty();
        }
        return data.projects().stream()
                .filter(p -> projectId != null ? String.valueOf(p.id()).equals(projectId)
                        : p.key().equalsIgnoreCase(projectKey))
                .map(SiteData.Project::id).filter(id -> permissions.canBrowse(caller, id)).findFirst()
                .map(Optional::of)
                .orElseThrow(() -> JiraError.notFound(projectId != null
                        ? "No project could be found with id '" + projectId + "'."
                        : "No project could be found with key '" + projectKey + "'."));
    }
}
