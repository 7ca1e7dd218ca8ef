package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.permission.SitePermission;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns notify's {@code to} and {@code restrict} into accountIds. The sandbox has no watchers or votes:
 * watchers are the reporter (Jira makes an issue's creator watch it) and voters are nobody. Groups are the two
 * every site has: {@code jira-software-users} (all active users) and {@code jira-administrators} (holders of
 * ADMINISTER). The caller never mails themselves and inactive users get nothing; if nobody is left the
 * request is a 400, as Jira refuses a notification without recipients.
 */
@Component
@SandboxProfile
class Recipients {

    static final String USERS_GROUP = "jira-software-users";
    static final String ADMINS_GROUP = "jira-administrators";
    private static final Map<String, String> GROUP_IDS = Map.of(groupId(USERS_GROUP), USERS_GROUP,
            groupId(ADMINS_GROUP), ADMINS_GROUP);

    private final SiteData data;
    private final Permissions permissions;

    Recipients(SiteData data, Permissions permissions) {
        this.data = data;
        this.permissions = permissions;
    }

    List<String> resolve(SiteIssue issue, JsonNode to, JsonNode restrict, Caller caller) {
        if (!to.isMissingNode() && !to.isNull() && !to.isObject()) {
            throw JiraError.badRequest("The 'to' field must be an object.");
        }
        Set<String> ids = new LinkedHashSet<>();
        if (flag(to, "reporter") && issue.reporter() != null) {
            ids.add(issue.reporter());
        }
        if (flag(to, "assignee")) {
            if (issue.assignee() == null) {
                throw JiraError.badRequest("The issue " + issue.key() + " has no assignee to notify.");
            }
            ids.add(issue.assignee());
        }
        if (flag(to, "watchers") && issue.reporter() != null) {
            ids.add(issue.reporter());
        }
        flag(to, "voters");
        for (JsonNode u : array(to, "users")) {
            String accountId = u.path("accountId").asText(null);
            if (accountId == null || data.user(accountId).isEmpty()) {
                throw JiraError.badRequest("The user with accountId '" + u.path("accountId").asText("")
                        + "' does not exist.");
            }
            ids.add(accountId);
        }
        groups(to).forEach(g -> ids.addAll(members(g)));

        Set<String> active = new LinkedHashSet<>();
        (ids.isEmpty() ? List.<SiteData.User>of() : data.users(ids)).stream().filter(SiteData.User::active).forEach(u -> active.add(u.accountId()));
        ids.retainAll(active);
        if (!caller.isApp()) {
            ids.remove(caller.accountId());
        }
        restrict(ids, issue, restrict);
        if (ids.isEmpty()) {
            throw JiraError.badRequest("The notification has no recipients.");
        }
        return new ArrayList<>(ids);
    }

    /** {@code restrict}: only members of the listed groups and holders of the listed permissions in the project. */
    private void restrict(Set<String> ids, SiteIssue issue, JsonNode restrict) {
        if (restrict.isMissingNode() || restrict.isNull()) {
            return;
        }
        if (!restrict.isObject()) {
            throw JiraError.badRequest("The 'restrict' field must be an object.");
        }
        List<String> groups = groups(restrict);
        if (!groups.isEmpty()) {
            Set<String> members = new LinkedHashSet<>();
            groups.forEach(g -> members.addAll(members(g)));
            ids.retainAll(members);
        }
        for (JsonNode p : array(restrict, "permissions")) {
            String key = p.path("key").asText(null);
            SitePermission permission = (key != null ? SitePermission.byKey(key)
                    : SitePermission.byId(p.path("id").asText(""))).orElseThrow(() -> JiraError.badRequest(
                    "The permission '" + (key != null ? key : p.path("id").asText("")) + "' is not valid."));
            ids.removeIf(id -> !permissions.has(id, permission, issue.project()));
        }
    }

    /** Group names from {@code groups[{name}]} and {@code groupIds[]}; an unknown group is a 400. */
    private static List<String> groups(JsonNode parent) {
        List<String> names = new ArrayList<>();
        for (JsonNode g : array(parent, "groups")) {
            String name = g.isTextual() ? g.asText() : g.path("name").asText(null);
            String id = g.path("groupId").asText(null);
            String resolved = name != null ? name : GROUP_IDS.get(id);
            if (resolved == null || !GROUP_IDS.containsValue(resolved)) {
                throw JiraError.badRequest("The group '" + (name != null ? name : id) + "' does not exist.");
            }
            names.add(resolved);
        }
        for (JsonNode id : array(parent, "groupIds")) {
            String name = GROUP_IDS.get(id.asText());
            if (name == null) {
                throw JiraError.badRequest("The group with id '" + id.asText() + "' does not exist.");
            }
            names.add(name);
        }
        return names;
    }

    private List<String> members(String group) {
        return group.equals(ADMINS_GROUP) ? permissions.holders(SitePermission.ADMINISTER)
                : data.activeUsers().stream().map(SiteData.User::accountId).toList();
    }

    private static boolean flag(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw JiraError.badRequest("The field '" + field + "' must be a boolean.");
        }
        return v.asBoolean();
    }

    private static Iterable<JsonNode> array(JsonNode parent, String field) {
        JsonNode v = parent.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw JiraError.badRequest("The field '" + field + "' must be an array.");
        }
        return v;
    }

    /** Stable ids for the built-in groups, shaped like Jira's (UUIDs). */
    static String groupId(String name) {
        return UUID.nameUUIDFromBytes(("keystone-sandbox/group/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
