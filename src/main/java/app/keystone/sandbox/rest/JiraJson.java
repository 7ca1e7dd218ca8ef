package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.site.SandboxSite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The small objects Jira repeats inside every issue (status, issue type, project, user, priority), built as
 * JSON trees so a null stays a null: Keystone's Jackson setting drops null properties from records.
 * The bean renders like REST v3 (UTC, {@code /rest/api/3/} URLs); {@link #webhookStyle} gives the variant
 * webhooks use ({@code /rest/api/2/} URLs, date-times in the actor's zone).
 */
@Component
@SandboxProfile
class JiraJson {

    /** Jira's date-time: milliseconds and a four-digit offset without a colon ({@code +0000}). */
    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    private final ObjectMapper json;
    private final SandboxSite site;
    private final int apiVersion;
    private final DateTimeFormatter dateTimes;

    @Autowired
    JiraJson(ObjectMapper json, SandboxSite site) {
        this(json, site, 3, ZoneOffset.UTC);
    }

    private JiraJson(ObjectMapper json, SandboxSite site, int apiVersion, ZoneId zone) {
        this.json = json;
        this.site = site;
        this.apiVersion = apiVersion;
        this.dateTimes = DATE_TIME.withZone(zone);
    }

    /** As webhooks render: v2 URLs, and date-times with the offset of {@code zone} (real sites send +0530 etc.). */
    JiraJson webhookStyle(ZoneId zone) {
        return new JiraJson(json, site, 2, zone);
    }

    String baseUrl() {
        return site.baseUrl();
    }

    /** A date-time in this rendering's zone. */
    String time(Instant instant) {
        return instant == null ? null : dateTimes.format(instant);
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    ArrayNode array() {
        return json.createArrayNode();
    }

    String api(String path) {
        return site.baseUrl() + "/rest/api/" + apiVersion + "/" + path;
    }

    static String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant);
    }

    ObjectNode status(long id, String name, String categoryKey) {
        ObjectNode s = object().put("self", api("status/" + id)).put("description", "")
                .put("iconUrl", site.baseUrl() + "/").put("name", name).put("id", Long.toString(id));
        // the three categories are fixed in every Jira site
        ObjectNode c = s.putObject("statusCategory");
        switch (categoryKey) {
            case "done" -> c.put("self", api("statuscategory/3")).put("id", 3).put("key", "done")
                    .put("colorName", "green").put("name", "Done");
            case "indeterminate" -> c.put("self", api("statuscategory/4")).put("id", 4).put("key", "indeterminate")
                    .put("colorName", "yellow").put("name", "In Progress");
            default -> c.put("self", api("statuscategory/2")).put("id", 2).put("key", "new")
                    .put("colorName", "blue-gray").put("name", "To Do");
        }
        return s;
    }

    ObjectNode issueType(SiteIssue i) {
        return object().put("self", api("issuetype/" + i.typeId())).put("id", Long.toString(i.typeId()))
                .put("description", "").put("iconUrl", site.baseUrl() + "/rest/api/2/universal_avatar/view/type/"
                        + "issuetype/avatar/" + (10300 + i.typeId() % 100) + "?size=medium")
                .put("name", i.typeName()).put("subtask", i.subtask()).put("avatarId", 10300 + i.typeId() % 100)
                .put("hierarchyLevel", i.hierarchyLevel());
    }

    /** Every sandbox issue has Jira's default priority. */
    ObjectNode priority() {
        return object().put("self", api("priority/3"))
                .put("iconUrl", site.baseUrl() + "/images/icons/priorities/medium_new.svg")
                .put("name", "Medium").put("id", "3");
    }

    ObjectNode project(long id, String key, String name) {
        ObjectNode p = object().put("self", api("project/" + id)).put("id", Long.toString(id)).put("key", key)
                .put("name", name).put("projectTypeKey", "software").put("simplified", false);
        p.set("avatarUrls", avatars(site.baseUrl() + "/secure/projectavatar?pid=" + id + "&avatarId=10411"));
        return p;
    }

    /** UserDetails as REST v3 renders it; no emailAddress, as on a site where users keep it private. */
    ObjectNode user(SiteData.User u) {
        String encoded = URLEncoder.encode(u.accountId(), StandardCharsets.UTF_8);
        ObjectNode node = object().put("self", api("user?accountId=" + encoded)).put("accountId", u.accountId());
        node.set("avatarUrls", avatars("https://secure.gravatar.com/avatar/"
                + Integer.toHexString(u.accountId().hashCode()) + "?d=identicon"));
        return node.put("displayName", u.displayName()).put("active", u.active()).put("timeZone", u.timeZone())
                .put("accountType", "atlassian");
    }

    private ObjectNode avatars(String url) {
        return object().put("48x48", url).put("24x24", url + "&s=24").put("16x16", url + "&s=16")
                .put("32x32", url + "&s=32");
    }

    /** Jira's duration text with its working-time units (1w = 5d, 1d = 8h), e.g. {@code "1d 4h"}. */
    static String duration(long seconds) {
        long minutes = seconds / 60;
        long[] units = {5 * 8 * 60, 8 * 60, 60, 1};
        String[] names = {"w", "d", "h", "m"};
        StringBuilder s = new StringBuilder();
        for (int u = 0; u < units.length; u++) {
            if (minutes >= units[u]) {
                s.append(s.isEmpty() ? "" : " ").append(minutes / units[u]).append(names[u]);
                minutes %= units[u];
            }
        }
        return s.isEmpty() ? "0m" : s.toString();
    }
}
