package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxNotifyTest extends SandboxTest {

    @Test
    void notifyIsRecordedAndListedNewestFirst() {
        String assigned = db.sql("select key from sandbox_issue where assignee is not null and reporter is not null "
                + "and assignee <> reporter and project_id = 10000 order by id limit 1").query(String.class).single();
        String assignee = db.sql("select assignee from sandbox_issue where key = :k").param("k", assigned)
                .query(String.class).single();
        String reporter = db.sql("select reporter from sandbox_issue where key = :k").param("k", assigned)
                .query(String.class).single();
        String other = DemoUsers.accountId(DemoUsers.ADMIN);
        String body = """
                {"subject": "Risk raised", "textBody": "PLAT-4 is late", "htmlBody": "<p>PLAT-4 is late</p>",
                 "to": {"assignee": true, "reporter": true, "users": [{"accountId": "%s"}]}}""".formatted(other);
        Response r = call("POST", "/rest/api/3/issue/" + assigned + "/notify", body);
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(r.body()).isEmpty();

        Response later = call("POST", "/rest/api/3/issue/" + assigned + "/notify",
                "{\"textBody\":\"second\",\"to\":{\"reporter\":true}}");
        assertThat(later.status()).as(later.body()).isEqualTo(204);

        JsonNode list = sendTo("GET", "/sandbox/api/notifications?limit=50", null, null).json();
        JsonNode newest = list.get(0);
        assertThat(newest.path("textBody").asText()).isEqualTo("second");
        // Jira's default subject names the issue
        assertThat(newest.path("subject").asText()).startsWith(assigned + ": ");
        JsonNode first = list.get(1);
        assertThat(first.path("id").asLong()).isLessThan(newest.path("id").asLong());
        assertThat(first.path("issueKey").asText()).isEqualTo(assigned);
        assertThat(first.path("subject").asText()).isEqualTo("Risk raised");
        assertThat(first.path("htmlBody").asText()).isEqualTo("<p>PLAT-4 is late</p>");
        assertThat(first.path("created").asText()).isNotBlank();
        List<String> ids = new ArrayList<>();
        first.path("recipients").forEach(u -> {
            ids.add(u.path("accountId").asText());
            assertThat(u.path("displayName").asText()).isNotBlank();
        });
        assertThat(ids).containsExactlyInAnyOrder(assignee, reporter, other);
        assertThat(sendTo("GET", "/sandbox/api/notifications?limit=1", null, null).json()).hasSize(1);
    }

    @Test
    void unresolvableRecipientsAndMalformedBodiesAre400() {
        // the demo assigns everything in WEB, so unassign one issue for this test and put it back after
        String unassigned = "WEB-2";
        String assignee = db.sql("select assignee from sandbox_issue where key = :k").param("k", unassigned)
                .query(String.class).optional().orElse(null);
        db.sql("update sandbox_issue set assignee = null where key = :k").param("k", unassigned).update();
        try {
            refused("/rest/api/3/issue/" + unassigned + "/notify");
        } finally {
            db.sql("update sandbox_issue set assignee = :a where key = :k").param("a", assignee, java.sql.Types.VARCHAR)
                    .param("k", unassigned).update();
        }
    }

    private void refused(String path) {
        int before = count();
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{\"assignee\":true}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{\"users\":[{\"accountId\":\"nobody-here\"}]}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\"}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{\"voters\":true}}"));
        assertBadRequest(call("POST", path, "{\"to\":{\"reporter\":true}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":5,\"to\":{\"reporter\":true}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{\"reporter\":\"yes\"}}"));
        assertBadRequest(call("POST", path, "{\"textBody\":\"x\",\"to\":{\"groups\":[{\"name\":\"no-such-group\"}]}}"));
        assertBadRequest(call("POST", path, "[1]"));
        assertThat(count()).as("nothing recorded for a refused notification").isEqualTo(before);
    }

    @Test
    void groupsAndRestrictNarrowRecipients() {
        String path = "/rest/api/3/issue/PLAT-4/notify";
        String contractor = DemoUsers.accountId(DemoUsers.CONTRACTOR);
        assertThat(call("POST", path, """
                {"textBody":"all", "to":{"groups":[{"name":"jira-software-users"}]},
                 "restrict":{"permissions":[{"key":"BROWSE"}]}}""").status()).isEqualTo(204);
        List<String> ids = new ArrayList<>();
        sendTo("GET", "/sandbox/api/notifications?limit=1", null, null).json().get(0).path("recipients")
                .forEach(u -> ids.add(u.path("accountId").asText()));
        // the contractor cannot browse PLAT, so restrict drops him
        int active = db.sql("select count(*) from sandbox_user where active").query(Integer.class).single();
        assertThat(ids).hasSize(active - 1).doesNotContain(contractor);
    }

    @Test
    void unknownIssueIs404() {
        Response r = call("POST", "/rest/api/3/issue/NOPE-404/notify", "{\"textBody\":\"x\",\"to\":{\"reporter\":true}}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("errorMessages").get(0).asText()).contains("does not exist");
    }

    private int count() {
        return db.sql("select count(*) from sandbox_notification").query(Integer.class).single();
    }

    private static void assertBadRequest(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").isObject()).isTrue();
        assertThat(r.json().path("errorMessages").isArray()).isTrue();
    }
}
