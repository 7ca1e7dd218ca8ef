package app.keystone.sandbox.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.SandboxEditing;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The shell's editing API: the fixed contract the shell UI is written against, and Jira's validation rules. */
class SandboxEditApiTest extends SandboxEditing {

    @Test
    void issueViewHasTheContractShape() {
        JsonNode plat4 = issue("PLAT-4");
        assertThat(plat4.path("id").isTextual()).isTrue();
        assertThat(plat4.path("key").asText()).isEqualTo("PLAT-4");
        assertThat(plat4.path("projectKey").asText()).isEqualTo("PLAT");
        assertThat(plat4.path("projectId").asText()).isEqualTo("10003");
        assertThat(plat4.path("type").asText()).isEqualTo("Story");
        assertThat(plat4.path("typeId").isTextual()).isTrue();
        assertThat(plat4.path("hierarchyLevel").asInt()).isZero();
        assertThat(plat4.path("statusId").isTextual()).isTrue();
        assertThat(plat4.path("status").asText()).isEqualTo("Done");
        assertThat(plat4.path("statusCategory").asText()).isEqualTo("done");
        assertThat(plat4.path("parentKey").asText()).isEqualTo("PLAT-2");
        assertThat(plat4.path("storyPoints").isNumber()).isTrue();
        assertThat(plat4.path("dueDate").asText()).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(Instant.parse(plat4.path("updated").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(plat4.path("labels")).extracting(JsonNode::asText).contains("backend");
        assertThat(plat4.path("flagged").isBoolean()).isTrue();
        JsonNode blocks = plat4.path("blocks").get(0);
        assertThat(blocks.path("linkId").isTextual()).isTrue();
        assertThat(blocks.path("key").asText()).startsWith("WEB-");
        assertThat(blocks.path("summary").asText()).isEqualTo("Call checkout session API from one-page checkout");
        assertThat(issue(blocks.path("key").asText()).path("blockedBy").get(0).path("key").asText()).isEqualTo("PLAT-4");
        assertThat(plat4.path("children")).hasSize(2);
        assertThat(plat4.path("children").get(0).has("status")).isTrue();

        // empty values are null, not missing
        JsonNode initiative = issue("10001");
        for (String field : new String[] {"parentKey", "storyPoints", "originalEstimate", "timeSpent"}) {
            assertThat(initiative.has(field)).as(field).isTrue();
            assertThat(initiative.get(field).isNull()).as(field).isTrue();
        }
        assertThat(sendTo("GET", "/sandbox/api/issues/NOPE-1", null, null).status()).isEqualTo(404);
        assertThat(sendTo("GET", "/sandbox/api/issues/NOPE-1", null, null).json().path("error").asText()).isNotBlank();
    }

    @Test
    void statusesAndIssueTypes() {
        JsonNode statuses = sendTo("GET", "/sandbox/api/statuses", null, null).json();
        assertThat(statuses).extracting(s -> s.path("name").asText()).contains("To Do", "In Progress", "Done");
        assertThat(statuses.get(0).path("id").isTextual()).isTrue();
        assertThat(statuses).extracting(s -> s.path("category").asText()).contains("new", "indeterminate", "done");
        JsonNode types = sendTo("GET", "/sandbox/api/issue-types", null, null).json();
        assertThat(types).extracting(t -> t.path("name").asText() + ":" + t.path("hierarchyLevel").asInt())
                .contains("Initiative:2", "Epic:1", "Story:0", "Sub-task:-1");
    }

    @Test
    void createPatchLinkAndDeleteFollowTheContract() {
        String project = project();
        String epic = create(project, "Epic", "Epic", null, PRIYA);
        String story = create(project, "Story", "Story", epic, PRIYA);
        JsonNode created = issue(story);
        assertThat(created.path("parentKey").asText()).isEqualTo(epic);
        assertThat(created.path("status").asText()).isEqualTo("To Do");
        assertThat(issue(epic).path("children").get(0).path("key").asText()).isEqualTo(story);

        Instant previous = Instant.parse(created.path("updated").asText());
        for (int i = 0; i < 5; i++) {
            Response r = patch(story, "{\"actor\":\"%s\",\"timeSpent\":%d}".formatted(PRIYA, 60 * (i + 1)));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            Instant updated = Instant.parse(r.json().path("updated").asText());
            assertThat(updated).isAfter(previous);
            previous = updated;
        }
        Response patched = patch(story, """
                {"actor":"%s","assignee":"%s","startDate":"2026-01-05","remainingEstimate":3600,"flagged":true}"""
                .formatted(PRIYA, TOMAS));
        assertThat(patched.json().path("assignee").asText()).isEqualTo(TOMAS);
        assertThat(patched.json().path("startDate").asText()).isEqualTo("2026-01-05");
        assertThat(patched.json().path("remainingEstimate").asLong()).isEqualTo(3600);
        assertThat(patched.json().path("flagged").asBoolean()).isTrue();
        Response cleared = patch(story, "{\"actor\":\"%s\",\"assignee\":null,\"startDate\":null,\"flagged\":null}"
                .formatted(PRIYA));
        assertThat(cleared.json().path("assignee").isNull()).isTrue();
        assertThat(cleared.json().path("startDate").isNull()).isTrue();
        assertThat(cleared.json().path("flagged").asBoolean()).isFalse();
        assertThat(cleared.json().path("timeSpent").asLong()).isEqualTo(300); // absent = unchanged

        String subtask = create(project, "Sub-task", "Sub", story, PRIYA);
        Response link = sendTo("POST", "/sandbox/api/links",
                "{\"blocker\":\"%s\",\"blocked\":\"%s\",\"actor\":\"%s\"}".formatted(epic, story, PRIYA), null);
        assertThat(link.status()).isEqualTo(201);
        String linkId = link.json().path("linkId").asText();
        assertThat(issue(story).path("blockedBy").get(0).path("linkId").asText()).isEqualTo(linkId);
        assertThat(sendTo("POST", "/sandbox/api/links",
                "{\"blocker\":\"%s\",\"blocked\":\"%s\",\"actor\":\"%s\"}".formatted(epic, story, PRIYA), null)
                .status()).isEqualTo(400);
        assertThat(sendTo("DELETE", "/sandbox/api/links/" + linkId, null, null).status()).isEqualTo(204);
        assertThat(sendTo("DELETE", "/sandbox/api/links/" + linkId, null, null).status()).isEqualTo(404);
        assertThat(issue(story).path("blockedBy")).isEmpty();

        // deleting the story takes its sub-task along, as in Jira
        assertThat(sendTo("DELETE", "/sandbox/api/issues/" + story + "?actor=" + PRIYA, null, null).status())
                .isEqualTo(204);
        assertThat(sendTo("GET", "/sandbox/api/issues/" + subtask, null, null).status()).isEqualTo(404);
        assertThat(sendTo("DELETE", "/sandbox/api/issues/" + story + "?actor=" + PRIYA, null, null).status())
                .isEqualTo(404);
        // keys are never handed out twice
        assertThat(create(project, "Task", "Next", null, PRIYA)).isEqualTo(project + "-4");
        drained();
        assertThat(capture.events("jira:issue_deleted")).extracting(r -> r.json().path("issue").path("key").asText())
                .containsExactly(subtask, story);
    }

    @Test
    void invalidChangesAre400WithAnErrorMessage() {
        String project = project();
        String initiative = create(project, "Initiative", "Initiative", null, PRIYA);
        String epic = create(project, "Epic", "Epic", initiative, PRIYA);
        String story = create(project, "Story", "Story", epic, PRIYA);
        String other = create(project(), "Story", "Other project story", null, PRIYA);

        assertError(patch(initiative, "{\"actor\":\"%s\",\"parentKey\":\"%s\"}".formatted(PRIYA, epic)), "cycle");
        assertError(patch(story, "{\"actor\":\"%s\",\"parentKey\":\"%s\"}".formatted(PRIYA, story)), "own parent");
        assertError(patch(story, "{\"actor\":\"%s\",\"parentKey\":\"%s\"}".formatted(PRIYA, initiative)), "level");
        assertError(patch(story, "{\"actor\":\"%s\",\"parentKey\":\"NOPE-9\"}".formatted(PRIYA)), "NOPE-9");
        assertError(patch(story, "{\"actor\":\"%s\",\"statusId\":\"999\"}".formatted(PRIYA)), "status");
        assertError(patch(story, "{\"actor\":\"%s\",\"dueDate\":\"13.02.2026\"}".formatted(PRIYA)), "dueDate");
        assertError(patch(story, "{\"actor\":\"%s\",\"labels\":[\"two words\"]}".formatted(PRIYA)), "label");
        assertError(patch(story, "{\"actor\":\"%s\",\"storyPoints\":-1}".formatted(PRIYA)), "storyPoints");
        assertError(patch(story, "{\"actor\":\"%s\",\"timeSpent\":1.5}".formatted(PRIYA)), "timeSpent");
        assertError(patch(story, "{\"actor\":\"%s\",\"summary\":null}".formatted(PRIYA)), "summary");
        assertError(patch(story, "{\"actor\":\"%s\",\"storypoints\":3}".formatted(PRIYA)), "storypoints");
        assertError(patch(story, "{\"actor\":\"%s\",\"assignee\":\"nobody\"}".formatted(PRIYA)), "nobody");
        assertError(patch(story, "{\"actor\":\"not-a-user\",\"summary\":\"x\"}"), "actor");
        assertError(patch(story, "{\"summary\":\"x\"}"), "actor");
        assertError(patch(story, "not json"), "valid");
        assertThat(patch("NOPE-1", "{\"actor\":\"%s\"}".formatted(PRIYA)).status()).isEqualTo(404);

        String body = "{\"projectKey\":\"%s\",\"typeId\":\"%s\",\"summary\":\"Sub\",\"parentKey\":%s,\"actor\":\"%s\"}";
        String subtask = typeId("Sub-task");
        assertError(sendTo("POST", "/sandbox/api/issues", body.formatted(project, subtask, "\"" + epic + "\"", PRIYA),
                null), "sub-task");
        assertError(sendTo("POST", "/sandbox/api/issues", body.formatted(project, subtask, "null", PRIYA), null),
                "sub-task");
        assertError(sendTo("POST", "/sandbox/api/issues", body.formatted(project, subtask, "\"" + other + "\"", PRIYA),
                null), "same project");
        assertError(sendTo("POST", "/sandbox/api/issues", body.formatted("NOPE", typeId("Task"), "null", PRIYA), null),
                "NOPE");
        assertError(sendTo("POST", "/sandbox/api/issues", body.formatted(project, "4711", "null", PRIYA), null),
                "type");
        assertError(sendTo("POST", "/sandbox/api/links",
                "{\"blocker\":\"%s\",\"blocked\":\"NOPE-3\",\"actor\":\"%s\"}".formatted(story, PRIYA), null), "NOPE-3");
        assertError(sendTo("POST", "/sandbox/api/links",
                "{\"blocker\":\"%s\",\"blocked\":\"%s\",\"actor\":\"%s\"}".formatted(story, story, PRIYA), null), "itself");

        // nothing above changed anything, so no update went out
        drained();
        assertThat(capture.events("jira:issue_updated")).isEmpty();
        assertThat(issue(story).path("parentKey").asText()).isEqualTo(epic);
    }

    private static void assertError(Response r, String fragment) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("error").asText()).containsIgnoringCase(fragment);
    }
}
