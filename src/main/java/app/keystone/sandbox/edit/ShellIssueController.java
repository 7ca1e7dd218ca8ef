package app.keystone.sandbox.edit;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.rest.SiteData;
import app.keystone.sandbox.rest.SiteIssue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shell's editing API (no auth, like the rest of the shell): read an issue in the shell's flat shape,
 * create, patch, delete issues, add and remove "Blocks" links, list statuses and issue types. Every change
 * goes through {@link IssueEditor}, so it sends the webhooks Jira would. Errors: {@code {"error": "..."}}.
 */
@RestController
@SandboxProfile
class ShellIssueController {

    private final IssueEditor editor;
    private final SiteData data;
    private final JdbcClient db;

    ShellIssueController(IssueEditor editor, SiteData data, JdbcClient db) {
        this.editor = editor;
        this.data = data;
        this.db = db;
    }

    @GetMapping("/sandbox/api/issues/{key}")
    ObjectNode issue(@PathVariable String key) {
        return view(data.issue(key).orElseThrow(() -> EditException.notFound("Issue " + key + " does not exist")));
    }

    @PostMapping("/sandbox/api/issues")
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
        object(body);
        long typeId;
        try {
            typeId = Long.parseLong(body.path("typeId").asText());
        } catch (NumberFormatException e) {
            throw EditException.badRequest("typeId must be an issue type id");
        }
        SiteIssue created = editor.create(textOrNull(body, "projectKey"), typeId, textOrNull(body, "summary"),
                textOrNull(body, "parentKey"), textOrNull(body, "actor"));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
    }

    @PatchMapping("/sandbox/api/issues/{key}")
    ObjectNode update(@PathVariable String key, @RequestBody JsonNode body) {
        object(body);
        return view(editor.update(key, body, textOrNull(body, "actor")));
    }

    @DeleteMapping("/sandbox/api/issues/{key}")
    ResponseEntity<Void> delete(@PathVariable String key, @RequestParam(required = false) String actor) {
        editor.delete(key, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sandbox/api/links")
    ResponseEntity<ObjectNode> link(@RequestBody JsonNode body) {
        object(body);
        long id = editor.link(textOrNull(body, "blocker"), textOrNull(body, "blocked"), textOrNull(body, "actor"));
        return ResponseEntity.status(HttpStatus.CREATED).body(JsonNodeFactory.instance.objectNode()
                .put("linkId", Long.toString(id)));
    }

    @DeleteMapping("/sandbox/api/links/{linkId}")
    ResponseEntity<Void> unlink(@PathVariable long linkId, @RequestParam(required = false) String actor) {
        editor.unlink(linkId, actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sandbox/api/statuses")
    ArrayNode statuses() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        db.sql("select id, name, category_key from sandbox_status order by id").query((rs, n) -> array.addObject()
                .put("id", Long.toString(rs.getLong("id"))).put("name", rs.getString("name"))
                .put("category", rs.getString("category_key"))).list();
        return array;
    }

    @GetMapping("/sandbox/api/issue-types")
    ArrayNode issueTypes() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        db.sql("select id, name, hierarchy_level from sandbox_issue_type order by hierarchy_level desc, id")
                .query((rs, n) -> array.addObject().put("id", Long.toString(rs.getLong("id")))
                        .put("name", rs.getString("name")).put("hierarchyLevel", rs.getInt("hierarchy_level"))).list();
        return array;
    }

    /** The shell's flat issue: ids as strings, dates yyyy-MM-dd, updated as an ISO instant, null when empty. */
    private ObjectNode view(SiteIssue i) {
        ObjectNode v = JsonNodeFactory.instance.objectNode().put("id", i.id()).put("key", i.key())
                .put("summary", i.summary()).put("projectKey", i.projectKey()).put("projectId", i.projectId())
                .put("type", i.typeName()).put("typeId", Long.toString(i.typeId()))
                .put("hierarchyLevel", i.hierarchyLevel()).put("statusId", Long.toString(i.statusId()))
                .put("status", i.statusName()).put("statusCategory", i.categoryKey())
                .put("parentKey", i.parentIssueKey()).put("assignee", i.assignee())
                .put("storyPoints", i.storyPoints()).put("originalEstimate", i.originalEstimate())
                .put("remainingEstimate", i.remainingEstimate()).put("timeSpent", i.timeSpent())
                .put("startDate", i.startDate() == null ? null : i.startDate().toString())
                .put("dueDate", i.due() == null ? null : i.due().toString());
        ArrayNode labels = v.putArray("labels");
        i.labelList().forEach(labels::add);
        v.put("flagged", i.flagged()).put("updated", i.updated().toString());
        ArrayNode blocks = v.putArray("blocks");
        ArrayNode blockedBy = v.putArray("blockedBy");
        for (SiteData.Link link : data.links(i.issueId())) {
            boolean thisBlocks = link.outwardIssue() == i.issueId();
            data.issue(thisBlocks ? link.inwardIssue() : link.outwardIssue()).ifPresent(other ->
                    (thisBlocks ? blocks : blockedBy).addObject().put("linkId", Long.toString(link.id()))
                            .put("key", other.key()).put("summary", other.summary()));
        }
        ArrayNode children = v.putArray("children");
        data.children(i.issueId()).forEach(c -> children.addObject().put("key", c.key()).put("summary", c.summary())
                .put("status", c.statusName()));
        return v;
    }

    private static void object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw EditException.badRequest("Expected a JSON object");
        }
    }

    private static String textOrNull(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
