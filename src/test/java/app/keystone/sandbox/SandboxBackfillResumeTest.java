package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A backfill whose node died after its first page (state running, cursor after page one — exactly what a
 * `kill -9` between two page transactions leaves) resumes from the stored cursor when the cluster picks it up
 * again: later pages arrive, page one is not read again.
 */
class SandboxBackfillResumeTest extends SandboxTest {

    @Test
    void anInterruptedBackfillResumesFromItsCursor() {
        sharedSecret();
        UUID tenant = sandboxTenant();
        awaitDone(tenant);

        // what the dead node had committed: a first page (of 5) of WEB and the cursor after it
        String jql = "project = \"WEB\" ORDER BY key ASC";
        JsonNode first = call("POST", "/rest/api/3/search/jql",
                JSON.createObjectNode().put("jql", jql).put("maxResults", 5).set("fields",
                        JSON.createArrayNode().add("key")).toString()).json();
        String cursor = first.path("nextPageToken").asText();
        assertThat(cursor).as("WEB has more than five issues").isNotEmpty();
        List<Long> pageOne = new ArrayList<>();
        first.path("issues").forEach(i -> pageOne.add(i.path("id").asLong()));
        List<Long> later = db.sql("select i.id from sandbox_issue i join sandbox_project p on p.id = i.project_id "
                + "where p.key = 'WEB' and not (i.id = any(cast(? as bigint[])))")
                .param(array(pageOne)).query(Long.class).list();
        db.sql("delete from jira_issue where tenant_id = ? and issue_id = any(cast(? as bigint[]))")
                .param(tenant).param(array(later)).update();
        Map<String, Object> pageOneSeen = db.sql("select max(mirrored_at) as at from jira_issue where tenant_id = ? "
                + "and issue_id = any(cast(? as bigint[]))").param(tenant).param(array(pageOne)).query().singleRow();
        db.sql("""
                update jira_backfill set state = 'running', fetched = 5, next_page_token = ?, finished_at = null
                where tenant_id = ? and project_key = 'WEB'""").param(cursor).param(tenant).update();

        // the cluster's sync tick finds the unfinished backfill and runs it again
        awaitDone(tenant);
        assertThat(db.sql("select count(*) from jira_issue where tenant_id = ? and deleted_at is null "
                        + "and issue_id = any(cast(? as bigint[]))").param(tenant).param(array(later))
                .query(Integer.class).single()).isEqualTo(later.size());
        assertThat(db.sql("select max(mirrored_at) from jira_issue where tenant_id = ? "
                        + "and issue_id = any(cast(? as bigint[]))").param(tenant).param(array(pageOne))
                .query(OffsetDateTime.class).single())
                .as("page one was not read again").isEqualTo(pageOneSeen.get("at") == null ? null
                        : ((java.sql.Timestamp) pageOneSeen.get("at")).toInstant().atOffset(java.time.ZoneOffset.UTC));
        assertThat(db.sql("select fetched from jira_backfill where tenant_id = ? and project_key = 'WEB'")
                .param(tenant).query(Integer.class).single()).isEqualTo(5 + later.size());
    }

    private void awaitDone(UUID tenant) {
        MirrorProbe.await(() -> db.sql("""
                select count(*) >= 4 and bool_and(state = 'done') from jira_backfill where tenant_id = ?""")
                .param(tenant).query(Boolean.class).optional().orElse(false), Duration.ofSeconds(90), "backfill");
    }

    private static String array(List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }
}
