package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code keystone.raci} issue property in the site: effective Accountable and Responsible accountIds, rewritten
 * for the whole subtree when assignments change and when an issue is re-parented in Jira.
 */
class RaciPropertySandboxTest extends RaciSandboxSupport {

    @Test
    void propertyFollowsAssignmentsAndReparenting() {
        String top = project();
        String low = project();
        long epic = create(top, "Epic", "Property epic", null);
        long otherEpic = create(top, "Epic", "Other epic", null);
        long story = create(low, "Story", "Property story", epic);
        long subtask = create(low, "Sub-task", "Property sub-task", story);
        long loose = create(low, "Story", "No RACI anywhere", null);
        String program = program("RACI property", List.of(epic, otherEpic), top);

        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        for (long id : new long[] {epic, otherEpic, story, subtask}) {
            awaitProperty(id, "{\"accountable\":[\"" + PRIYA + "\"],\"responsible\":[\"" + TOMAS + "\"]}");
        }

        assertThat(put("issue/" + story, body("R|" + YUKI, "R|" + HANNAH)).status()).isEqualTo(200);
        String yukiAndHannah = sorted(HANNAH, YUKI);
        awaitProperty(subtask, "{\"accountable\":[\"" + PRIYA + "\"],\"responsible\":" + yukiAndHannah + "}");
        awaitProperty(story, "{\"accountable\":[\"" + PRIYA + "\"],\"responsible\":" + yukiAndHannah + "}");
        awaitProperty(epic, "{\"accountable\":[\"" + PRIYA + "\"],\"responsible\":[\"" + TOMAS + "\"]}");

        assertThat(put("issue/" + otherEpic, body("A|" + KWAME)).status()).isEqualTo(200);
        reparent(story, otherEpic);
        awaitProperty(subtask, "{\"accountable\":[\"" + KWAME + "\"],\"responsible\":" + yukiAndHannah + "}");
        awaitProperty(story, "{\"accountable\":[\"" + KWAME + "\"],\"responsible\":" + yukiAndHannah + "}");

        // the program's RACI goes with the program: what was written is cleared, so JQL stops finding it
        sendTo("DELETE", "/api/programs/" + program, null, contextToken(PRIYA));
        awaitProperty(epic, "{\"accountable\":[],\"responsible\":[]}");
        awaitProperty(subtask, "{\"accountable\":[\"" + KWAME + "\"],\"responsible\":" + yukiAndHannah + "}");
        assertThat(get("/rest/api/3/issue/" + loose + "/properties/keystone.raci").status())
                .as("an issue without RACI never gets the property").isEqualTo(404);
    }

    private static String sorted(String a, String b) {
        return a.compareTo(b) < 0 ? "[\"" + a + "\",\"" + b + "\"]" : "[\"" + b + "\",\"" + a + "\"]";
    }

    private void awaitProperty(long issueId, String expected) {
        JsonNode want = read(expected);
        MirrorProbe.await(() -> {
            Response r = get("/rest/api/3/issue/" + issueId + "/properties/keystone.raci");
            return r.status() == 200 && r.json().path("value").equals(want);
        }, Duration.ofSeconds(30), "keystone.raci of " + issueId + " = " + expected);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
