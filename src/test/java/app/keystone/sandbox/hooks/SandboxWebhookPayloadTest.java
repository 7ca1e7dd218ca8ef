package app.keystone.sandbox.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.CaptureServer.Captured;
import app.keystone.sandbox.SandboxEditing;
import app.keystone.sandbox.auth.QueryStringHash;
import app.keystone.sandbox.edit.IssueEditor;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the site POSTs for each event, checked against docs/jira-wire-formats.md §1, §2.1 and §5. */
class SandboxWebhookPayloadTest extends SandboxEditing {

    private static final String DATE_TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}";

    @Autowired
    IssueEditor editor;

    @Test
    void issueCreatedIsSignedAndShapedLikeJiraCloud() throws Exception {
        String project = project();
        String epic = create(project, "Epic", "Payments hardening", null, PRIYA);
        String story = create(project, "Story", "Retry card capture on 502", epic, PRIYA);

        List<Captured> created = awaitEvents("jira:issue_created", 2);
        Captured request = created.get(1);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/webhooks/issue-created");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(UUID.fromString(request.header("X-Atlassian-Webhook-Identifier"))).isNotNull();
        assertThat(request.header("X-Atlassian-Webhook-Flow")).isEqualTo("Primary");
        assertThat(request.header("X-Atlassian-Webhook-Retry")).isNull();
        assertThat(created.get(0).header("X-Atlassian-Webhook-Identifier"))
                .isNotEqualTo(request.header("X-Atlassian-Webhook-Identifier"));

        // Connect webhook auth: HS256 with the shared secret, iss = clientKey, qsh over POST and the path
        String auth = request.header("Authorization");
        assertThat(auth).startsWith("JWT ");
        SignedJWT jwt = SignedJWT.parse(auth.substring(4));
        assertThat(jwt.verify(new MACVerifier(sharedSecret().getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(db.sql("select client_key from sandbox_site").query(String.class).single());
        assertThat(claims.getStringClaim("qsh")).isEqualTo(QueryStringHash.of("POST", "/webhooks/issue-created"));
        assertThat(claims.getIssueTime()).isNotNull();
        assertThat(claims.getExpirationTime()).isAfter(claims.getIssueTime());

        JsonNode body = request.json();
        assertThat(body.path("timestamp").isIntegralNumber()).isTrue();
        assertThat(body.path("webhookEvent").asText()).isEqualTo("jira:issue_created");
        assertThat(body.path("issue_event_type_name").asText()).isEqualTo("issue_created");
        assertThat(body.path("user").path("accountId").asText()).isEqualTo(PRIYA);
        assertThat(body.path("user").path("self").asText()).contains("/rest/api/2/user?accountId=");
        JsonNode issue = body.path("issue");
        assertThat(issue.path("id").isTextual()).isTrue();
        assertThat(issue.path("key").asText()).isEqualTo(story);
        assertThat(issue.path("self").asText()).endsWith("/sandbox/jira/rest/api/2/" + issue.path("id").asText());
        JsonNode f = issue.path("fields");
        assertThat(f.path("summary").asText()).isEqualTo("Retry card capture on 502");
        assertThat(f.path("status").path("statusCategory").path("key").asText()).isEqualTo("new");
        assertThat(f.path("status").path("statusCategory").path("name").asText()).isEqualTo("New");
        assertThat(f.path("status").path("statusCategory").path("id").isNumber()).isTrue();
        assertThat(f.path("status").path("self").asText()).contains("/rest/api/2/status/");
        assertThat(f.path("project").path("id").isTextual()).isTrue();
        assertThat(f.path("parent").path("key").asText()).isEqualTo(epic);
        assertThat(f.path("parent").path("fields").path("status").path("statusCategory").path("name").asText())
                .isEqualTo("To Do");
        assertThat(f.path("reporter").path("accountId").asText()).isEqualTo(PRIYA);
        // every known field is there, null when empty; description is a plain string field (here: empty)
        for (String field : List.of("description", "assignee", "duedate", "resolution", "resolutiondate",
                "customfield_10016", "customfield_10021", "timeoriginalestimate")) {
            assertThat(f.has(field)).as(field).isTrue();
            assertThat(f.get(field).isNull()).as(field).isTrue();
        }
        assertThat(f.path("labels").isArray()).isTrue();
        assertThat(f.path("created").asText()).matches(DATE_TIME);

        JsonNode changelog = body.path("changelog");
        assertThat(changelog.path("id").isTextual()).isTrue();
        JsonNode status = item(changelog, "Status");
        assertThat(status.path("fieldId").asText()).isEqualTo("status");
        assertThat(status.path("to").asText()).isEqualTo("10000");
        assertThat(item(changelog, "summary").path("toString").asText()).isEqualTo("Retry card capture on 502");
        assertThat(item(changelog, "reporter").path("tmpToAccountId").asText()).isEqualTo(PRIYA);

        // an issue without a parent has no "parent" key at all
        assertThat(created.get(0).json().path("issue").path("fields").has("parent")).isFalse();
    }

    @Test
    void issueUpdatedCarriesOneItemPerChangedField() {
        String project = project();
        String other = project();
        String epic = create(project, "Epic", "Epic A", null, PRIYA);
        String otherEpic = create(other, "Epic", "Epic B", null, PRIYA);
        String story = create(project, "Story", "Story", epic, PRIYA);
        awaitEvents("jira:issue_created", 3);

        Response r = patch(story, """
                {"actor": "%s", "statusId": "10002", "parentKey": "%s", "storyPoints": 5, "dueDate": "2026-02-13",
                 "labels": ["backend", "payments"], "flagged": true, "assignee": "%s", "originalEstimate": 28800}"""
                .formatted(AISHA, otherEpic, TOMAS));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Captured request = awaitEvents("jira:issue_updated", 1).get(0);
        JsonNode body = request.json();
        assertThat(body.path("issue_event_type_name").asText()).isEqualTo("issue_generic");
        assertThat(body.path("user").path("accountId").asText()).isEqualTo(AISHA);
        JsonNode changelog = body.path("changelog");
        assertThat(changelog.path("id").isTextual()).isTrue();
        for (JsonNode item : changelog.path("items")) {
            assertThat(item.has("fieldId")).as(item.toString())
                    .isEqualTo(!item.path("field").asText().equals("IssueParentAssociation"));
        }
        JsonNode status = item(changelog, "status");
        assertThat(status.path("from").asText()).isEqualTo("10000");
        assertThat(status.path("to").asText()).isEqualTo("10002");
        assertThat(status.path("toString").asText()).isEqualTo("Done");
        assertThat(item(changelog, "resolution").path("to").asText()).isEqualTo("10000");
        JsonNode parent = item(changelog, "IssueParentAssociation");
        assertThat(parent.path("from").asText()).isEqualTo(issue(epic).path("id").asText());
        assertThat(parent.path("fromString").asText()).isEqualTo(epic);
        assertThat(parent.path("to").asText()).isEqualTo(issue(otherEpic).path("id").asText());
        assertThat(parent.path("toString").asText()).isEqualTo(otherEpic);
        JsonNode points = item(changelog, "Story point estimate");
        assertThat(points.path("fieldId").asText()).isEqualTo("customfield_10016");
        assertThat(points.path("from").isNull()).isTrue();
        assertThat(points.path("to").isNull()).isTrue();
        assertThat(points.path("fromString").isNull()).isTrue();
        assertThat(points.path("toString").asText()).isEqualTo("5");
        JsonNode due = item(changelog, "duedate");
        assertThat(due.path("to").asText()).isEqualTo("2026-02-13");
        assertThat(due.path("toString").asText()).isEqualTo("2026-02-13 00:00:00.0");
        JsonNode labels = item(changelog, "labels");
        assertThat(labels.path("from").isNull()).isTrue();
        assertThat(labels.path("fromString").asText()).isEmpty();
        assertThat(labels.path("toString").asText()).isEqualTo("backend payments");
        JsonNode flagged = item(changelog, "Flagged");
        assertThat(flagged.path("fieldId").asText()).isEqualTo("customfield_10021");
        assertThat(flagged.path("to").asText()).isEqualTo("[10019]");
        JsonNode assignee = item(changelog, "assignee");
        assertThat(assignee.path("to").asText()).isEqualTo(TOMAS);
        assertThat(assignee.path("tmpToAccountId").asText()).isEqualTo(TOMAS);
        assertThat(assignee.has("tmpFromAccountId")).isTrue();
        assertThat(assignee.path("toString").asText()).isEqualTo("Tomás Ortega");
        assertThat(item(changelog, "timeoriginalestimate").path("to").asText()).isEqualTo("28800");
        assertThat(changelog.path("items")).hasSize(9);

        // the issue after the change, date-times in the actor's zone (Asia/Kolkata)
        JsonNode f = body.path("issue").path("fields");
        assertThat(f.path("updated").asText()).matches(DATE_TIME).endsWith("+0530");
        assertThat(f.path("resolutiondate").asText()).endsWith("+0530");
        assertThat(f.path("parent").path("key").asText()).isEqualTo(otherEpic);
        assertThat(f.path("status").path("statusCategory").path("key").asText()).isEqualTo("done");
        assertThat(f.path("customfield_10016").asDouble()).isEqualTo(5.0);
        assertThat(f.path("customfield_10021").get(0).path("id").asText()).isEqualTo("10019");
        assertThat(body.path("timestamp").asLong()).isPositive();

        // nothing changed: no webhook
        assertThat(patch(story, "{\"actor\":\"%s\",\"storyPoints\":5.0,\"labels\":[\"payments\",\"backend\"]}"
                .formatted(AISHA)).status()).isEqualTo(200);
        // clearing: parent to null, leaving done clears the resolution
        assertThat(patch(story, "{\"actor\":\"%s\",\"parentKey\":null,\"statusId\":\"3\",\"labels\":null}"
                .formatted(PRIYA)).status()).isEqualTo(200);
        drained();
        List<Captured> updates = capture.events("jira:issue_updated");
        assertThat(updates).hasSize(2);
        JsonNode cleared = updates.get(1).json();
        JsonNode unparent = item(cleared.path("changelog"), "IssueParentAssociation");
        assertThat(unparent.path("fromString").asText()).isEqualTo(otherEpic);
        assertThat(unparent.path("to").isNull()).isTrue();
        assertThat(unparent.path("toString").isNull()).isTrue();
        assertThat(item(cleared.path("changelog"), "resolution").path("from").asText()).isEqualTo("10000");
        assertThat(item(cleared.path("changelog"), "labels").path("toString").asText()).isEmpty();
        assertThat(cleared.path("issue").path("fields").has("parent")).isFalse();
        assertThat(cleared.path("issue").path("fields").path("resolutiondate").isNull()).isTrue();
        assertThat(cleared.path("issue").path("fields").path("updated").asText()).doesNotEndWith("+0530");
    }

    @Test
    void deletingAnIssueSendsIssueDeletedThenLinkDeletedOnTheSecondaryFlow() {
        String project = project();
        String blocker = create(project, "Task", "Blocker", null, PRIYA);
        String blocked = create(project, "Task", "Blocked", null, PRIYA);
        Response link = sendTo("POST", "/sandbox/api/links",
                "{\"blocker\":\"%s\",\"blocked\":\"%s\",\"actor\":\"%s\"}".formatted(blocker, blocked, PRIYA), null);
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        long linkId = Long.parseLong(link.json().path("linkId").asText());
        long blockerId = issue(blocker).path("id").asLong();
        long blockedId = issue(blocked).path("id").asLong();

        assertThat(sendTo("DELETE", "/sandbox/api/issues/" + blocker + "?actor=" + PRIYA, null, null).status())
                .isEqualTo(204);
        drained();

        List<String> order = new ArrayList<>();
        capture.requests().forEach(r -> order.add(r.json().path("webhookEvent").asText()));
        assertThat(order).containsExactly("jira:issue_created", "jira:issue_created", "issuelink_created",
                "jira:issue_deleted", "issuelink_deleted");

        Captured created = capture.events("issuelink_created").get(0);
        JsonNode l = created.json().path("issueLink");
        assertThat(created.json().has("user")).isFalse();
        assertThat(created.json().path("timestamp").isIntegralNumber()).isTrue();
        assertThat(l.path("id").isIntegralNumber()).isTrue();
        assertThat(l.path("id").asLong()).isEqualTo(linkId);
        assertThat(l.path("sourceIssueId").isIntegralNumber()).isTrue();
        assertThat(l.path("sourceIssueId").asLong()).isEqualTo(blockerId);
        assertThat(l.path("destinationIssueId").asLong()).isEqualTo(blockedId);
        assertThat(l.path("issueLinkType").path("id").isIntegralNumber()).isTrue();
        assertThat(l.path("issueLinkType").path("outwardName").asText()).isEqualTo("blocks");
        assertThat(l.path("issueLinkType").path("inwardName").asText()).isEqualTo("is blocked by");
        assertThat(created.header("X-Atlassian-Webhook-Flow")).isEqualTo("Primary");
        assertThat(created.path()).isEqualTo("/webhooks/issuelink-created");

        Captured deleted = capture.events("jira:issue_deleted").get(0);
        assertThat(deleted.header("X-Atlassian-Webhook-Flow")).isEqualTo("Primary");
        assertThat(deleted.json().path("issue_event_type_name").asText()).isEqualTo("issue_deleted");
        assertThat(deleted.json().path("user").path("accountId").asText()).isEqualTo(PRIYA);
        assertThat(deleted.json().path("issue").path("key").asText()).isEqualTo(blocker);
        assertThat(deleted.json().path("issue").path("fields").path("summary").asText()).isEqualTo("Blocker");
        assertThat(deleted.json().has("changelog")).isFalse();

        Captured unlinked = capture.events("issuelink_deleted").get(0);
        assertThat(unlinked.header("X-Atlassian-Webhook-Flow")).isEqualTo("Secondary");
        assertThat(unlinked.json().has("user")).isFalse();
        assertThat(unlinked.json().path("issueLink").path("id").asLong()).isEqualTo(linkId);
        assertThat(unlinked.path()).isEqualTo("/webhooks/issuelink-deleted");
        assertThat(issue(blocked).path("blockedBy")).isEmpty();
    }

    @Test
    void projectDeletedHasANumericIdAndNoUser() {
        String project = project();
        create(project, "Task", "Doomed", null, PRIYA);
        long projectId = db.sql("select id from sandbox_project where key = :k").param("k", project)
                .query(Long.class).single();
        editor.deleteProject(project, PRIYA);
        Captured request = awaitEvents("project_deleted", 1).get(0);
        assertThat(request.path()).isEqualTo("/webhooks/project-deleted");
        JsonNode body = request.json();
        assertThat(body.has("user")).isFalse();
        assertThat(body.path("timestamp").isIntegralNumber()).isTrue();
        assertThat(body.path("project").path("id").isIntegralNumber()).isTrue();
        assertThat(body.path("project").path("id").asLong()).isEqualTo(projectId);
        assertThat(body.path("project").path("key").asText()).isEqualTo(project);
        assertThat(body.path("project").path("projectLead").path("accountId").asText()).isEqualTo(PRIYA);
        assertThat(body.path("project").has("projectTypeKey")).isFalse();
        assertThat(db.sql("select count(*) from sandbox_issue i join sandbox_project p on p.id = i.project_id "
                + "where p.key = :k").param("k", project).query(Integer.class).single()).isZero();
    }

    private static JsonNode item(JsonNode changelog, String field) {
        for (JsonNode item : changelog.path("items")) {
            if (item.path("field").asText().equals(field)) {
                return item;
            }
        }
        throw new AssertionError("no item " + field + " in " + changelog);
    }
}
