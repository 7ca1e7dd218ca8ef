package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Risks against the simulated Jira: owners must be users of the site, users see only risks over projects they may
 * browse (the contractor may not browse PLAT), only administrators change the matrix, and the keystone.risk entity
 * property is written on linked issues and removed when their last open risk closes.
 */
class SandboxRiskTest extends SandboxTest {

    private final List<String> created = new ArrayList<>();
    private String admin;
    private String contractor;

    @BeforeEach
    void mirrored() {
        sharedSecret();
        UUID tenant = demoBackfilled();
        admin = contextToken(DemoUsers.accountId(DemoUsers.ADMIN));
        contractor = contextToken(DemoUsers.accountId(DemoUsers.CONTRACTOR));
    }

    @AfterEach
    void deleteRisks() {
        created.forEach(id -> sendTo("DELETE", "/api/risks/" + id, null, admin));
    }

    @Test
    void ownersMustBeUsersOfTheSite() {
        Response unknown = sendTo("POST", "/api/risks", "{\"title\":\"Owned by nobody\",\"probability\":2,\"impact\":2,"
                + "\"ownerAccountId\":\"712020:00000000-0000-0000-0000-000000000000\"}", admin);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("ownerAccountId");
        assertThat(db.sql("select count(*) from risk where title = 'Owned by nobody'").query(Integer.class).single())
                .isZero();
        JsonNode known = create("{\"title\":\"Owned by Diego\",\"probability\":2,\"impact\":2,\"ownerAccountId\":\""
                + DemoUsers.accountId(DemoUsers.CONTRACTOR) + "\"}", admin);
        assertThat(known.path("ownerAccountId").asText()).isEqualTo(DemoUsers.accountId(DemoUsers.CONTRACTOR));
    }

    @Test
    void usersSeeOnlyRisksOverProjectsTheyMayBrowse() {
        long plat = issueOf("PLAT");
        long web = issueOf("WEB");
        String onPlat = create("{\"title\":\"Platform risk\",\"probability\":3,\"impact\":3,\"issueIds\":[\"" + plat
                + "\"]}", admin).path("id").asText();
        String onBoth = create("{\"title\":\"Both risk\",\"probability\":3,\"impact\":3,\"issueIds\":[\"" + web
                + "\"],\"projectKeys\":[\"PLAT\"]}", admin).path("id").asText();
        String onWeb = create("{\"title\":\"Web risk\",\"probability\":3,\"impact\":3,\"issueIds\":[\"" + web + "\"]}",
                admin).path("id").asText();
        String unlinked = create("{\"title\":\"Site-wide risk\",\"probability\":3,\"impact\":3}", admin)
                .path("id").asText();

        assertThat(ids("/api/risks?limit=200", admin)).contains(onPlat, onBoth, onWeb, unlinked);
        assertThat(ids("/api/risks?limit=200", contractor)).contains(onWeb, unlinked).doesNotContain(onPlat, onBoth);
        assertThat(sendTo("GET", "/api/risks/" + onPlat, null, contractor).status()).isEqualTo(404);
        assertThat(sendTo("GET", "/api/risks/" + onBoth + "/history", null, contractor).status()).isEqualTo(404);
        assertThat(sendTo("PATCH", "/api/risks/" + onPlat, "{\"title\":\"x\"}", contractor).status()).isEqualTo(404);
        assertThat(sendTo("GET", "/api/risks/" + onWeb, null, contractor).status()).isEqualTo(200);
        assertThat(sendTo("GET", "/api/issues/" + plat + "/risks", null, contractor).status()).isEqualTo(404);
        assertThat(sendTo("GET", "/api/issues/" + plat + "/risks", null, admin).json().path("items"))
                .extracting(i -> i.path("id").asText()).contains(onPlat);
        String csv = sendTo("GET", "/api/risks/export.csv", null, contractor).body();
        assertThat(csv).contains("Web risk").doesNotContain("Platform risk").doesNotContain("Both risk");
        Response linkPlat = sendTo("POST", "/api/risks", "{\"title\":\"Sneaky\",\"probability\":1,\"impact\":1,"
                + "\"issueIds\":[\"" + plat + "\"]}", contractor);
        assertThat(linkPlat.status()).isEqualTo(400);
        assertThat(linkPlat.json().path("errors").get(0).path("field").asText()).isEqualTo("issueIds[0]");
    }

    @Test
    void onlyAdministratorsChangeTheMatrix() {
        String body = "{\"mediumFrom\":5,\"highFrom\":10,\"criticalFrom\":15,\"categories\":[\"technical\"]}";
        Response denied = sendTo("PUT", "/api/settings/risk-matrix", body, contractor);
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().path("code").asText()).isEqualTo("ADMIN_REQUIRED");
        assertThat(sendTo("GET", "/api/settings/risk-matrix", null, contractor).status()).isEqualTo(200);
        assertThat(sendTo("PUT", "/api/settings/risk-matrix", body, admin).status()).isEqualTo(200);
        sendTo("PUT", "/api/settings/risk-matrix", "{\"mediumFrom\":5,\"highFrom\":10,\"criticalFrom\":15,"
                + "\"categories\":[\"technical\",\"schedule\",\"resource\",\"security\",\"compliance\",\"vendor\","
                + "\"cost\"]}", admin);
    }

    @Test
    void theIssuePropertyIsWrittenAndRemoved() throws Exception {
        long web = issueOf("WEB");
        String id = create("{\"title\":\"Property risk\",\"probability\":4,\"impact\":4,\"issueIds\":[\"" + web
                + "\"]}", admin).path("id").asText();
        MirrorProbe.await(() -> property(web) != null, Duration.ofSeconds(30), "keystone.risk written");
        JsonNode value = JSON.readTree(property(web));
        assertThat(value.path("openCount").asInt()).isEqualTo(1);
        assertThat(value.path("maxScore").asInt()).isEqualTo(16);
        assertThat(value.path("maxLevel").asText()).isEqualTo("CRITICAL");
        assertThat(value.path("maxLevelRank").asInt()).isEqualTo(4);

        sendTo("PATCH", "/api/risks/" + id, "{\"residualProbability\":2,\"residualImpact\":3}", admin);
        MirrorProbe.await(() -> property(web) != null && property(web).contains("\"MEDIUM\""), Duration.ofSeconds(30),
                "keystone.risk rewritten");
        sendTo("PATCH", "/api/risks/" + id, "{\"status\":\"CLOSED\"}", admin);
        MirrorProbe.await(() -> property(web) == null, Duration.ofSeconds(30), "keystone.risk removed");
    }

    private String property(long issueId) {
        return db.sql("select value::text from sandbox_issue_property where issue_id = ? and key = 'keystone.risk'")
                .param(issueId).query(String.class).optional().orElse(null);
    }

    private long issueOf(String project) {
        return db.sql("select i.id from sandbox_issue i join sandbox_project p on p.id = i.project_id where p.key = ? "
                + "and exists (select 1 from jira_issue j where j.issue_id = i.id and j.deleted_at is null) "
                + "order by i.id limit 1").param(project).query(Long.class).single();
    }

    private JsonNode create(String body, String jwt) {
        Response r = sendTo("POST", "/api/risks", body, jwt);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        created.add(r.json().path("id").asText());
        return r.json();
    }

    private List<String> ids(String path, String jwt) {
        List<String> ids = new ArrayList<>();
        sendTo("GET", path, null, jwt).json().path("items").forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }
}
