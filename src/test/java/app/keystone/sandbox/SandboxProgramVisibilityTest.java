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
import org.junit.jupiter.api.Test;

/**
 * A program over the demo site, read through Keystone's API by two Jira users: the admin sees every project, the
 * contractor (who may not browse PLAT in the sandbox's permission model) sees figures without PLAT.
 */
class SandboxProgramVisibilityTest extends SandboxTest {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void deletePrograms() {
        created.forEach(id -> sendTo("DELETE", "/api/programs/" + id, null, contextToken(DemoUsers.accountId(DemoUsers.ADMIN))));
    }

    @Test
    void usersSeeOnlyTheProjectsTheyMayBrowse() {
        sharedSecret();
        UUID tenant = demoBackfilled();
        String admin = contextToken(DemoUsers.accountId(DemoUsers.ADMIN));
        String contractor = contextToken(DemoUsers.accountId(DemoUsers.CONTRACTOR));
        Response made = sendTo("POST", "/api/programs", "{\"name\":\"Visibility " + UUID.randomUUID()
                + "\",\"projectKeys\":[\"WEB\",\"PLAT\"]}", admin);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String program = made.json().path("id").asText();
        created.add(program);
        MirrorProbe.await(() -> db.sql("select count(*) from rollup_program where program_id = ?::uuid and n_total > 0")
                .param(program).query(Integer.class).single() == 2, Duration.ofSeconds(30), "program sums");

        JsonNode all = sendTo("GET", "/api/programs/" + program + "/rollup", null, admin).json();
        JsonNode limited = sendTo("GET", "/api/programs/" + program + "/rollup", null, contractor).json();
        assertThat(all.path("perProject")).extracting(p -> p.path("projectKey").asText()).containsExactly("PLAT", "WEB");
        assertThat(limited.path("perProject")).extracting(p -> p.path("projectKey").asText()).containsExactly("WEB");
        long web = all.path("perProject").get(1).path("issues").path("total").asLong();
        assertThat(limited.path("issues").path("total").asLong()).isEqualTo(web)
                .isLessThan(all.path("issues").path("total").asLong());

        // cross-project dependencies with an end in PLAT are neither counted nor listed for the contractor; count and
        // list narrow the same way (the count per project pair in Java, the list by an array parameter in SQL)
        JsonNode allDeps = sendTo("GET", "/api/programs/" + program + "/dependencies", null, admin).json();
        JsonNode limitedDeps = sendTo("GET", "/api/programs/" + program + "/dependencies", null, contractor).json();
        assertThat(allDeps.path("items")).as("the demo site has WEB/PLAT Blocks links")
                .anySatisfy(d -> assertThat(List.of(d.path("blocker").path("projectKey").asText(),
                        d.path("blocked").path("projectKey").asText())).contains("PLAT"));
        assertThat(limitedDeps.path("items")).allSatisfy(d -> assertThat(List.of(
                d.path("blocker").path("projectKey").asText(), d.path("blocked").path("projectKey").asText()))
                .doesNotContain("PLAT"));
        assertThat(all.path("dependencies").path("crossProject").asLong()).isEqualTo(allDeps.path("items").size());
        assertThat(limited.path("dependencies").path("crossProject").asLong())
                .isEqualTo(limitedDeps.path("items").size())
                .isLessThan(all.path("dependencies").path("crossProject").asLong());
        for (JsonNode[] pair : new JsonNode[][] {{all, allDeps}, {limited, limitedDeps}}) {
            long offTrack = 0;
            for (JsonNode d : pair[1].path("items")) {
                offTrack += d.path("offTrack").asBoolean() ? 1 : 0;
            }
            assertThat(pair[0].path("dependencies").path("offTrack").asLong()).isEqualTo(offTrack);
        }

        JsonNode top = sendTo("GET", "/api/programs/" + program + "/children", null, contractor).json();
        assertThat(top.path("items")).allSatisfy(i -> assertThat(i.path("projectKey").asText()).isEqualTo("WEB"));
        long platIssue = db.sql("select i.id from sandbox_issue i join sandbox_project p on p.id = i.project_id "
                + "where p.key = 'PLAT' and exists (select 1 from sandbox_issue c where c.parent_id = i.id) limit 1")
                .query(Long.class).single();
        assertThat(sendTo("GET", "/api/issues/" + platIssue + "/rollup", null, contractor).status()).isEqualTo(404);
        assertThat(sendTo("GET", "/api/issues/" + platIssue + "/rollup", null, admin).status()).isEqualTo(200);
    }
}
