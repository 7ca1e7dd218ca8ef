package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keystone installed into the sandbox backfills the whole demo site through the sandbox's REST API (field
 * discovery, project/search, approximate-count, search/jql pages of 20) and its mirror then equals the site.
 */
class SandboxBackfillTest extends SandboxTest {

    private UUID tenant;

    @BeforeEach
    void backfilled() {
        sharedSecret();
        tenant = demoBackfilled();
        new MirrorProbe(db).awaitDrained(tenant);
    }

    @Test
    void mirrorEqualsTheSiteAfterBackfill() {
        List<Map<String, Object>> site = db.sql("""
                select i.id as issue_id, i.key as issue_key, i.parent_id, s.category_key as status_category,
                       i.story_points, i.due_date, array_to_string(i.labels, ',') as labels, i.flagged
                from sandbox_issue i join sandbox_status s on s.id = i.status_id order by i.id""").query().listOfRows();
        List<Map<String, Object>> mirror = db.sql("""
                select issue_id, issue_key, parent_id, status_category, story_points, due_date,
                       array_to_string(labels, ',') as labels, flagged
                from jira_issue where tenant_id = ? and deleted_at is null order by issue_id""")
                .param(tenant).query().listOfRows();
        assertThat(mirror).hasSize(site.size()).isNotEmpty();
        for (int i = 0; i < site.size(); i++) {
            assertThat(normalised(mirror.get(i))).as("issue %s", site.get(i).get("issue_key"))
                    .isEqualTo(normalised(site.get(i)));
        }
        List<String> siteLinks = db.sql("""
                select id || ':' || outward_issue || '>' || inward_issue from sandbox_issue_link order by id""")
                .query(String.class).list();
        List<String> mirrorLinks = db.sql("""
                select link_id || ':' || source_id || '>' || destination_id from jira_issue_link
                where tenant_id = ? and deleted_at is null and link_type = 'Blocks' order by link_id""")
                .param(tenant).query(String.class).list();
        assertThat(mirrorLinks).isEqualTo(siteLinks).isNotEmpty();
    }

    @Test
    void storyPointsFieldWasDiscoveredThroughTheFieldApi() {
        assertThat(db.sql("select story_points_field || ',' || flagged_field || ',' || start_date_field "
                + "from jira_field_config where tenant_id = ?").param(tenant).query(String.class).single())
                .isEqualTo("customfield_10016,customfield_10021,customfield_10015");
    }

    @Test
    void syncStatusReportsAllProjectsDone() {
        JsonNode status = sendTo("GET", "/api/admin/sync", null, contextToken(adminAccount())).json();
        assertThat(status.path("state").asText()).isEqualTo("live");
        assertThat(status.path("percent").asInt()).isEqualTo(100);
        assertThat(status.path("projects")).hasSize(4);
        assertThat(status.path("mirroredIssues").asLong())
                .isEqualTo(db.sql("select count(*) from sandbox_issue").query(Long.class).single());
    }

    @Test
    void parentIssuesCarryTheirRollupAsAnIndexedEntityProperty() throws Exception {
        long epic = db.sql("""
                select i.id from sandbox_issue i join sandbox_issue_type t on t.id = i.issue_type_id
                where t.hierarchy_level = 1 and exists (select 1 from sandbox_issue c where c.parent_id = i.id)
                order by i.id limit 1""").query(Long.class).single();
        app.keystone.support.MirrorProbe.await(() -> db.sql(
                "select count(*) from sandbox_issue_property where issue_id = ? and key = 'keystone.rollup'")
                .param(epic).query(Integer.class).single() == 1, Duration.ofSeconds(30), "keystone.rollup on the epic");
        JsonNode property = JSON.readTree(db.sql(
                "select value::text from sandbox_issue_property where issue_id = ? and key = 'keystone.rollup'")
                .param(epic).query(String.class).single());
        JsonNode rollup = sendTo("GET", "/api/issues/" + epic + "/rollup", null, contextToken(adminAccount())).json();
        assertThat(property.path("issueCount").asLong()).isEqualTo(rollup.path("issues").path("total").asLong());
        assertThat(property.path("percentDone").asDouble())
                .isEqualTo(rollup.path("percentComplete").path("byCount").asDouble());
        assertThat(property.path("health").asText()).isIn("GREEN", "AMBER", "RED");
    }

    @Test
    void adminsSeeAndCanOverrideTheStoryPointsField() {
        String admin = contextToken(adminAccount());
        JsonNode settings = sendTo("GET", "/api/admin/settings/jira-fields", null, admin).json();
        assertThat(settings.path("storyPointsField").asText()).isEqualTo("customfield_10016");
        assertThat(settings.path("discovered").path("flagged").asText()).isEqualTo("customfield_10021");
        Response bad = sendTo("PUT", "/api/admin/settings/jira-fields", "{\"storyPointsOverride\":\"points\"}", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("storyPointsOverride");
        // the discovered field again: nothing changes, nothing is re-read
        JsonNode same = sendTo("PUT", "/api/admin/settings/jira-fields",
                "{\"storyPointsOverride\":\"customfield_10016\"}", admin).json();
        assertThat(same.path("storyPointsOverride").asText()).isEqualTo("customfield_10016");
        assertThat(db.sql("select count(*) from jira_backfill where tenant_id = ? and state <> 'done'").param(tenant)
                .query(Integer.class).single()).isZero();
        sendTo("PUT", "/api/admin/settings/jira-fields", "{\"storyPointsOverride\":null}", admin);
        assertThat(sendTo("GET", "/api/admin/settings/jira-fields", null,
                contextToken(account(app.keystone.sandbox.data.DemoUsers.CONTRACTOR))).status()).isEqualTo(403);
    }

    @Test
    void syncStatusIsForJiraAdministratorsOnly() {
        Response r = sendTo("GET", "/api/admin/sync", null,
                contextToken(account(app.keystone.sandbox.data.DemoUsers.CONTRACTOR)));
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("code").asText()).isEqualTo("ADMIN_REQUIRED");
        assertThat(sendTo("POST", "/api/admin/sync", null,
                contextToken(account(app.keystone.sandbox.data.DemoUsers.CONTRACTOR))).status()).isEqualTo(403);
    }

    @Test
    void issueMirrorShowsParentChildrenAndBlockers() {
        long blocked = db.sql("select inward_issue from sandbox_issue_link order by id limit 1").query(Long.class).single();
        Response r = sendTo("GET", "/api/issues/" + blocked + "/mirror", null, contextToken(adminAccount()));
        assertThat(r.status()).isEqualTo(200);
        JsonNode issue = r.json();
        assertThat(issue.path("key").asText()).isEqualTo(
                db.sql("select key from sandbox_issue where id = ?").param(blocked).query(String.class).single());
        assertThat(issue.path("blockedBy")).isNotEmpty();

        assertThat(sendTo("GET", "/api/issues/99999999/mirror", null, contextToken(adminAccount())).status())
                .isEqualTo(404);
        assertThat(sendTo("GET", "/api/issues/PAY-1/mirror", null, contextToken(adminAccount())).status())
                .isEqualTo(400);
    }

    private String adminAccount() {
        return account(app.keystone.sandbox.data.DemoUsers.ADMIN);
    }

    private String account(String displayName) {
        return db.sql("select account_id from sandbox_user where display_name = ?").param(displayName)
                .query(String.class).single();
    }

    private static Map<String, Object> normalised(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.TreeMap<>(row);
        copy.computeIfPresent("story_points", (k, v) -> ((java.math.BigDecimal) v).stripTrailingZeros().toPlainString());
        copy.computeIfPresent("due_date", (k, v) -> v.toString());
        return copy;
    }
}
