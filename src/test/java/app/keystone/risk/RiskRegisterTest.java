package app.keystone.risk;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.program.HealthReason;
import app.keystone.program.ProgramHealthContributor;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The register: filters, sorting, keyset paging, heat map, top risks, exposure roll-ups, trend and the issue panel. */
class RiskRegisterTest extends RiskTestSupport {

    @Autowired
    List<ProgramHealthContributor> contributors;

    @Test
    void filtersSortAndPageTheRegister() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        mirrored(acmeTenant, 20001, "MOB-1", null);
        String program = program(acmeTenant, "Checkout");
        Map<String, Object> a = risk("Alpha outage", 5, 5);
        a.put("issueIds", List.of("10001"));
        a.put("programIds", List.of(program));
        a.put("reviewDate", LocalDate.now().minusDays(3).toString());
        Map<String, Object> b = risk("Beta vendor slip", 2, 3);
        b.put("projectKeys", List.of("MOB"));
        b.put("ownerAccountId", "someone-else");
        Map<String, Object> c = risk("Gamma compliance gap", 4, 3);
        c.put("roam", "ACCEPTED");
        c.put("description", "GDPR 100% audit_trail");
        Map<String, Object> d = risk("Delta closed", 5, 4);
        d.put("roam", "RESOLVED");
        String alpha = create(a).path("id").asText();
        String beta = create(b).path("id").asText();
        String gamma = create(c).path("id").asText();
        String delta = create(d).path("id").asText();

        assertThat(ids("/api/risks")).containsExactly(alpha, delta, gamma, beta);
        assertThat(ids("/api/risks?sort=title")).containsExactly(alpha, beta, delta, gamma);
        assertThat(ids("/api/risks?sort=-title")).containsExactly(gamma, delta, beta, alpha);
        assertThat(ids("/api/risks?level=CRITICAL")).containsExactly(alpha, delta);
        assertThat(ids("/api/risks?level=HIGH")).containsExactly(gamma);
        assertThat(ids("/api/risks?level=HIGH&status=OPEN")).containsExactly(gamma);
        assertThat(ids("/api/risks?status=CLOSED")).containsExactly(delta);
        assertThat(ids("/api/risks?roam=ACCEPTED")).containsExactly(gamma);
        assertThat(ids("/api/risks?programId=" + program)).containsExactly(alpha);
        assertThat(ids("/api/risks?projectKey=WEB")).containsExactly(alpha);
        assertThat(ids("/api/risks?projectKey=MOB")).containsExactly(beta);
        assertThat(ids("/api/risks?issueId=10001")).containsExactly(alpha);
        assertThat(ids("/api/risks?ownerAccountId=someone-else")).containsExactly(beta);
        assertThat(ids("/api/risks?overdueReview=true")).containsExactly(alpha);
        assertThat(ids("/api/risks?q=vendor")).containsExactly(beta);
        assertThat(ids("/api/risks?q=100%25%20audit_")).containsExactly(gamma);
        assertThat(ids("/api/risks?q=a%25")).as("% is literal").isEmpty();
        assertThat(ids("/api/risks?q=t_t")).containsExactly(gamma);
        assertThat(ids("/api/risks?probability=4&impact=3")).containsExactly(gamma);

        for (String sort : List.of("exposure", "-exposure", "title", "-reviewDate", "dueDate", "createdAt",
                "-updatedAt", "residualScore", "score")) {
            List<String> all = ids("/api/risks?sort=" + sort);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                Reply r = get("/api/risks?limit=1&sort=" + sort + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(r.status()).as(sort + " " + r).isEqualTo(200);
                r.json().path("items").forEach(i -> paged.add(i.path("id").asText()));
                cursor = r.json().path("nextCursor").isNull() ? null : r.json().path("nextCursor").asText();
            } while (cursor != null && paged.size() <= all.size());
            assertThat(paged).as(sort).isEqualTo(all).hasSize(4);
        }
        String cursor = get("/api/risks?limit=1").json().path("nextCursor").asText();
        assertProblem(get("/api/risks?limit=1&sort=title&cursor=" + cursor), 400, "INVALID_CURSOR");
        assertProblem(get("/api/risks?cursor=garbage"), 400, "INVALID_CURSOR");
        for (String bad : List.of("level=SEVERE", "roam=x", "limit=0", "limit=201", "programId=x", "issueId=abc",
                "probability=6", "sort=colour", "overdueReview=maybe")) {
            Reply r = get("/api/risks?" + bad);
            assertProblem(r, 400, "VALIDATION_FAILED");
            assertThat(fields(r)).as(bad).containsExactly(bad.substring(0, bad.indexOf('=')));
        }

        JsonNode top = get("/api/risks/top?limit=2").json().path("items");
        assertThat(top).extracting(t -> t.path("id").asText()).containsExactly(alpha, gamma);
        JsonNode heat = get("/api/risks/heatmap").json();
        assertThat(heat.path("inherent").get(4).get(4).asInt()).isEqualTo(1);
        assertThat(heat.path("inherent").get(3).get(3).asInt()).isZero();
        assertThat(heat.path("inherent").get(4).get(3).asInt()).as("closed risks are left out").isZero();
        assertThat(heat.path("notAssessed").asInt()).isEqualTo(3);
        assertThat(heat.path("levels").get(0).get(0).asText()).isEqualTo("LOW");
        assertThat(heat.path("levels").get(4).get(4).asText()).isEqualTo("CRITICAL");
        patch("/api/risks/" + gamma, Map.of("residualProbability", 1, "residualImpact", 2));
        assertThat(get("/api/risks/heatmap").json().path("residual").get(0).get(1).asInt()).isEqualTo(1);
        assertThat(get("/api/risks/heatmap?status=CLOSED").json().path("inherent").get(4).get(3).asInt()).isEqualTo(1);

        JsonNode exposure = get("/api/risks/exposure").json();
        assertThat(exposure.path("openCount").asInt()).isEqualTo(3);
        assertThat(exposure.path("exposure").asInt()).isEqualTo(25 + 6 + 2);
        assertThat(exposure.path("maxLevel").asText()).isEqualTo("CRITICAL");
        assertThat(exposure.path("byLevel").path("LOW").asInt()).isEqualTo(1);
        assertThat(exposure.path("overdueReviews").asInt()).isEqualTo(1);

        JsonNode trend = get("/api/risks/trend?from=" + LocalDate.now().minusDays(1) + "&to=" + LocalDate.now()).json()
                .path("items");
        assertThat(trend).hasSize(2);
        assertThat(trend.get(0).path("openCount").asInt()).isZero();
        assertThat(trend.get(1).path("openCount").asInt()).isEqualTo(3);
        assertThat(trend.get(1).path("exposure").asInt()).isEqualTo(33);
        assertThat(trend.get(1).path("inherentScore").asInt()).isEqualTo(25 + 6 + 12);
        assertProblem(get("/api/risks/trend?from=2020-01-01&to=2026-01-01"), 400, "VALIDATION_FAILED");

        // program health: an open CRITICAL risk argues RED, a HIGH one AMBER, none nothing
        assertThat(reasons(program)).containsExactly("RED:RISK_CRITICAL");
        patch("/api/risks/" + alpha, Map.of("residualProbability", 3, "residualImpact", 4));
        assertThat(reasons(program)).containsExactly("AMBER:RISK_HIGH");
        patch("/api/risks/" + alpha, Map.of("status", "CLOSED"));
        assertThat(reasons(program)).isEmpty();
    }

    @Test
    void issuePanelShowsOwnAndInheritedRisksAndSubtreeExposure() {
        mirrored(acmeTenant, 100, "WEB-100", null);
        mirrored(acmeTenant, 101, "WEB-101", 100L);
        mirrored(acmeTenant, 102, "WEB-102", 101L);
        Map<String, Object> onEpic = risk("On the epic", 4, 4);
        onEpic.put("issueIds", List.of("100"));
        Map<String, Object> onStory = risk("On the story", 2, 2);
        onStory.put("issueIds", List.of("101"));
        Map<String, Object> onTask = risk("On the task", 3, 1);
        onTask.put("issueIds", List.of("102"));
        String epicRisk = create(onEpic).path("id").asText();
        String storyRisk = create(onStory).path("id").asText();
        create(onTask);

        JsonNode panel = get("/api/issues/101/risks").json();
        assertThat(panel.path("issue").path("key").asText()).isEqualTo("WEB-101");
        assertThat(panel.path("items")).extracting(i -> i.path("id").asText() + ":" + i.path("inherited").asBoolean()
                + ":" + i.path("inheritedFrom").path("key").asText(null))
                .containsExactly(storyRisk + ":false:null", epicRisk + ":true:WEB-100");
        assertThat(panel.path("items").get(0).path("score").asInt()).isEqualTo(4);
        assertThat(panel.path("subtree").path("openCount").asInt()).isEqualTo(2);
        assertThat(get("/api/issues/100/risks").json().path("subtree").path("exposure").asInt()).isEqualTo(16 + 4 + 3);
        assertThat(get("/api/risks/exposure?rootIssueId=100").json().path("openCount").asInt()).isEqualTo(3);

        JsonNode linked = call("PUT", "/api/issues/102/risks/" + epicRisk, token, null, Map.of()).json();
        assertThat(linked.path("issues")).extracting(i -> i.path("key").asText()).containsExactly("WEB-100", "WEB-102");
        assertThat(get("/api/issues/102/risks").json().path("items").get(0).path("id").asText()).isEqualTo(epicRisk);
        assertProblem(get("/api/issues/999/risks"), 404, "ISSUE_NOT_FOUND");
        assertProblem(get("/api/issues/x/risks"), 400, "INVALID_ISSUE_ID");
        assertProblem(call("PUT", "/api/issues/999/risks/" + epicRisk, token, null, Map.of()), 404, "ISSUE_NOT_FOUND");
        Set<Long> queued = new HashSet<>(db.sql("select issue_id from issue_property_outbox where property_key = 'keystone.risk'").query(Long.class).list());
        assertThat(queued).containsExactlyInAnyOrder(100L, 101L, 102L);
    }

    @Test
    void aProgramsRisksIncludeThoseOfItsIssues() {
        mirrored(acmeTenant, 30001, "WEB-31", null);
        mirrored(acmeTenant, 30002, "WEB-32", null);
        String program = program(acmeTenant, "Checkout");
        db.sql("insert into program_issue (program_id, tenant_id, issue_id) values (?::uuid, ?, 30001)")
                .param(program).param(acmeTenant).update();
        Map<String, Object> inProgram = risk("On a program issue", 5, 3);
        inProgram.put("issueIds", List.of("30001"));
        Map<String, Object> outside = risk("On another issue", 5, 5);
        outside.put("issueIds", List.of("30002"));
        String in = create(inProgram).path("id").asText();
        create(outside);
        assertThat(ids("/api/risks?programId=" + program)).containsExactly(in);
        JsonNode exposure = get("/api/risks/exposure?programId=" + program).json();
        assertThat(exposure.path("openCount").asInt()).isEqualTo(1);
        assertThat(exposure.path("maxLevel").asText()).isEqualTo("CRITICAL");
        assertThat(reasons(program)).containsExactly("RED:RISK_CRITICAL");
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Test
    void issuesAndProjectsDeletedInJiraLeaveTheirRisks() {
        mirrored(acmeTenant, 10001, "WEB-1", null);
        mirrored(acmeTenant, 10002, "WEB-2", null);
        Map<String, Object> body = risk("Linked", 3, 3);
        body.put("issueIds", List.of("10001", "10002"));
        body.put("projectKeys", List.of("WEB"));
        String id = create(body).path("id").asText();
        db.sql("update jira_issue set deleted_at = now() where issue_id = 10001").update();
        events.publishEvent(new app.keystone.jira.IssueDeleted(new app.keystone.shared.TenantId(acmeTenant), 10001,
                1, null));
        JsonNode risk = get("/api/risks/" + id).json();
        assertThat(risk.path("issues")).extracting(i -> i.path("id").asText()).containsExactly("10002");
        events.publishEvent(new app.keystone.jira.ProjectRemoved(new app.keystone.shared.TenantId(acmeTenant), 1,
                "WEB", 1));
        assertThat(get("/api/risks/" + id).json().path("projectKeys")).isEmpty();
        JsonNode last = get("/api/risks/" + id + "/history").json().path("items");
        JsonNode unlinked = last.get(last.size() - 2);
        assertThat(unlinked.path("field").asText()).isEqualTo("issueIds");
        assertThat(unlinked.path("to").asText()).isEqualTo("10002");
        assertThat(unlinked.path("accountId").isNull()).isTrue();
        // the risk stays editable: no vanished link fails its validation
        assertThat(patch("/api/risks/" + id, Map.of("title", "Still linked to WEB-2")).status()).isEqualTo(200);
    }

    private List<String> reasons(String program) {
        List<String> reasons = new ArrayList<>();
        for (ProgramHealthContributor c : contributors) {
            for (HealthReason r : c.reasons(new app.keystone.shared.TenantId(acmeTenant), UUID.fromString(program))) {
                reasons.add(r.status() + ":" + r.code());
            }
        }
        return reasons;
    }

    private List<String> ids(String path) {
        Reply r = get(path);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
