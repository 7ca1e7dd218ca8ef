package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /rest/api/3/permissions/check}: which of the listed projects and issues (numeric ids) a user
 * holds each permission for, answered with one entry per permission (singular {@code permission}). Ids
 * that don't exist, nulls and non-numbers are silently ignored. Another user's permissions may be checked by
 * the app from its server or by a Jira administrator; anyone else gets Jira's 403.
 */
@RestController
@SandboxProfile
class PermissionCheckController {

    private static final int MAX_IDS = 1000;

    private final SiteData data;
    private final Permissions permissions;
    private final JiraJson j;

    PermissionCheckController(SiteData data, Permissions permissions, JiraJson j) {
        this.data = data;
        this.permissions = permissions;
        this.j = j;
    }

    @PostMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/permissions/check")
    ObjectNode check(@RequestBody JsonNode body, Caller caller) {
        if (!body.isObject()) {
            throw JiraError.badRequest("The request is not valid.");
        }
        String target = target(body.path("accountId"), caller);
        Map<String, String> unknown = new LinkedHashMap<>();
        List<SitePermission> global = permissionList(body.path("globalPermissions"), unknown);
        // merged per permission across request entries, in first-mentioned order
        Map<SitePermission, Set<Long>> projectsAsked = new LinkedHashMap<>();
        Map<SitePermission, Set<Long>> issuesAsked = new LinkedHashMap<>();
        for (JsonNode entry : body.path("projectPermissions")) {
            List<Long> projects = ids(entry.path("projects"));
            List<Long> issues = ids(entry.path("issues"));
            for (SitePermission p : permissionList(entry.path("permissions"), unknown)) {
                projectsAsked.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(projects);
                issuesAsked.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(issues);
            }
        }
        if (!unknown.isEmpty()) {
            throw new JiraError(HttpStatus.BAD_REQUEST, ErrorCollection.ofErrors(unknown));
        }
        if (projectsAsked.values().stream().mapToInt(Set::size).max().orElse(0) > MAX_IDS
                || issuesAsked.values().stream().mapToInt(Set::size).max().orElse(0) > MAX_IDS) {
            throw JiraError.badRequest("At most 1000 projects and 1000 issues can be checked at once.");
        }

        ObjectNode result = j.object();
        ArrayNode globalGranted = result.putArray("globalPermissions");
        global.stream().distinct().filter(p -> permissions.has(target, p, 0)).forEach(p -> globalGranted.add(p.name()));
        ArrayNode grants = result.putArray("projectPermissions");
        Set<Long> existingProjects = new HashSet<>(data.projects().stream().map(SiteData.Project::id).toList());
        for (SitePermission p : projectsAsked.keySet()) {
            Set<Long> granted = new HashSet<>(permissions.projectsWith(target, p));
            ObjectNode grant = grants.addObject().put("permission", p.name());
            ArrayNode projects = grant.putArray("projects");
            projectsAsked.get(p).stream().filter(existingProjects::contains).filter(granted::contains)
                    .forEach(projects::add);
            ArrayNode issues = grant.putArray("issues");
            data.issues(issuesAsked.get(p)).stream().filter(i -> granted.contains(i.project()))
                    .forEach(i -> issues.add(i.issueId()));
        }
        return result;
    }

    /** Whose permissions: the caller's own unless {@code accountId} names someone the caller may check. */
    private String target(JsonNode accountId, Caller caller) {
        if (accountId.isMissingNode() || accountId.isNull()) {
            return caller.accountId();
        }
        String id = accountId.asText();
        if (!caller.isApp() && !id.equals(caller.accountId())
                && !permissions.hasAnywhere(caller, SitePermission.ADMINISTER)) {
            throw JiraError.forbidden("Only Jira administrators can perform this operation.");
        }
        if (data.user(id).isEmpty()) {
            throw JiraError.badRequest("Specified user does not exist or you do not have required permissions");
        }
        return id;
    }

    private static List<SitePermission> permissionList(JsonNode keys, Map<String, String> unknown) {
        List<SitePermission> list = new ArrayList<>();
        for (JsonNode key : keys) {
            if (key.isNull()) {
                continue;
            }
            SitePermission.byKey(key.asText()).ifPresentOrElse(list::add,
                    () -> unknown.put(key.asText(), "Unrecognized permission"));
        }
        return list;
    }

    /** Numeric ids as numbers or numeric strings; anything else is ignored, as Jira ignores invalid ids. */
    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : array) {
            if (id.isIntegralNumber()) {
                ids.add(id.asLong());
            } else if (id.isTextual() && id.asText().matches("\\d{1,18}")) {
                ids.add(Long.parseLong(id.asText()));
            }
        }
        return ids;
    }
}
