package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /rest/api/3/field}: a bare array of FieldDetails. The custom field ids are the ones most Cloud
 * sites have (Story point estimate 10016, Start date 10015, Flagged 10021); Keystone must discover them here
 * rather than assume them, so the schema keys match real sites exactly.
 */
@RestController
@SandboxProfile
class FieldController {

    private final ArrayNode fields;

    FieldController(ObjectMapper json) {
        this.fields = json.createArrayNode();
        system("summary", "Summary", true, "string", null);
        system("issuetype", "Issue Type", true, "issuetype", null);
        system("status", "Status", false, "status", null);
        system("priority", "Priority", true, "priority", null);
        system("project", "Project", false, "project", null);
        system("assignee", "Assignee", true, "user", null);
        system("reporter", "Reporter", true, "user", null);
        system("labels", "Labels", true, "array", "string");
        system("duedate", "Due date", true, "date", null);
        system("created", "Created", false, "datetime", null);
        system("updated", "Updated", false, "datetime", null);
        system("resolution", "Resolution", true, "resolution", null);
        system("resolutiondate", "Resolved", false, "datetime", null);
        system("statuscategorychangedate", "Status Category Changed", false, "datetime", null);
        system("timetracking", "Time tracking", true, "timetracking", null);
        system("timeoriginalestimate", "Original estimate", false, "number", null);
        system("timeestimate", "Remaining Estimate", false, "number", null);
        system("timespent", "Time Spent", false, "number", null);
        system("aggregatetimeoriginalestimate", "Σ Original Estimate", false, "number", null);
        system("aggregatetimeestimate", "Σ Remaining Estimate", false, "number", null);
        system("aggregatetimespent", "Σ Time Spent", false, "number", null);
        system("issuelinks", "Linked Issues", true, "array", "issuelinks");
        system("subtasks", "Sub-tasks", false, "array", "issuelinks");
        // parent and issuekey carry no schema on real sites
        base("parent", "Parent", false, false).putArray("clauseNames").add("parent");
        ArrayNode keyClauses = base("issuekey", "Key", false, false).putArray("clauseNames");
        keyClauses.add("id").add("issue").add("issuekey").add("key");
        custom(10015, "Start date", "date", null, "com.atlassian.jira.plugin.system.customfieldtypes:datepicker",
                "Start date[Date]");
        custom(10016, "Story point estimate", "number", null, "com.pyxis.greenhopper.jira:jsw-story-points", null);
        custom(10021, "Flagged", "array", "option", "com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes",
                "Flagged[Checkboxes]");
    }

    @GetMapping(RestAuthFilter.SITE_PATH + "/rest/api/3/field")
    ArrayNode fields() {
        return fields;
    }

    private ObjectNode base(String id, String name, boolean custom, boolean searchable) {
        return fields.addObject().put("id", id).put("key", id).put("name", name).put("custom", custom)
                .put("orderable", !custom ? !id.equals("parent") && !id.equals("issuekey") : true)
                .put("navigable", true).put("searchable", searchable);
    }

    private void system(String id, String name, boolean orderable, String type, String items) {
        ObjectNode f = base(id, name, false, true).put("orderable", orderable);
        f.putArray("clauseNames").add(id);
        ObjectNode schema = f.putObject("schema").put("type", type);
        if (items != null) {
            schema.put("items", items);
        }
        schema.put("system", id);
    }

    private void custom(int number, String name, String type, String items, String customType, String typedClause) {
        String id = "customfield_" + number;
        ObjectNode f = fields.addObject().put("id", id).put("key", id).put("name", name).put("untranslatedName", name)
                .put("custom", true).put("orderable", true).put("navigable", true).put("searchable", true);
        ArrayNode clauses = f.putArray("clauseNames").add("cf[" + number + "]").add(name);
        if (typedClause != null) {
            clauses.add(typedClause);
        }
        ObjectNode schema = f.putObject("schema").put("type", type);
        if (items != null) {
            schema.put("items", items);
        }
        schema.put("custom", customType).put("customId", number);
    }
}
