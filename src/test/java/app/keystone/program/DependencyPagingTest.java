package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import app.keystone.support.IntegrationTest;
import app.keystone.support.JiraPayloads;
import app.keystone.support.MirrorProbe;
import app.keystone.support.Quiescence;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dependency list a page at a time: keyset order by blocker then blocked key, the total, keys that move. */
class DependencyPagingTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    private FakeJiraSite acme;
    private UUID tenant;
    private UUID program;
    private int changelog = 100;

    @BeforeEach
    void fourLinks() {
        acme = installed("acme");
        tenant = new MirrorProbe(db).tenantId(acme.clientKey);
        program = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name) values (?, ?, 'Checkout')").param(program).param(tenant).update();
        db.sql("insert into program_project (program_id, tenant_id, project_key) values (?, ?, 'WEB')")
                .param(program).param(tenant).update();
        db.sql("insert into rollup_program_dirty (program_id, tenant_id) values (?, ?)").param(program).param(tenant).update();
        for (int i = 1; i <= 3; i++) {
            create(issue(10000 + i, "WEB-" + i, 10000, "WEB"));
            create(issue(20000 + i, "MOB-" + i, 10001, "MOB"));
        }
        create(issue(30001, "OPS-1", 10002, "OPS"));
        link(1, 20001, 10001);
        link(2, 20001, 10003);
        link(3, 20002, 10002);
        link(4, 20003, 10003);
        Quiescence.await(db, tenant);
    }

    @Test
    void pagesFollowTheKeysAndCountEveryDependency() {
        JsonNode first = page(null, 3);
        assertThat(pairs(first)).containsExactly("MOB-1>WEB-1", "MOB-1>WEB-3", "MOB-2>WEB-2");
        assertThat(first.path("total").asLong()).isEqualTo(4);
        assertThat(first.path("truncated").asBoolean()).isTrue();

        JsonNode second = page(first.path("nextCursor").asText(), 3);
        assertThat(pairs(second)).containsExactly("MOB-3>WEB-3");
        assertThat(second.path("total").asLong()).isEqualTo(4);
        assertThat(second.path("nextCursor").isTextual()).isFalse();
        assertThat(second.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void aMoveToAnotherProjectMovesTheStoredKeyAndTheRowsPlace() {
        JiraPayloads.Issue moved = issue(20002, "OPS-7", 10002, "OPS");
        moved.updated = T0.plusSeconds(3600);
        deliver("issue-updated", JiraPayloads.issueEvent("jira:issue_updated", moved, ++changelog));
        Quiescence.await(db, tenant);

        assertThat(db.sql("select blocker_key from program_dependency where program_id = ? and link_id = 30003")
                .param(program).query(String.class).single()).isEqualTo("OPS-7");
        JsonNode first = page(null, 2);
        assertThat(pairs(first)).containsExactly("MOB-1>WEB-1", "MOB-1>WEB-3");
        assertThat(pairs(page(first.path("nextCursor").asText(), 2))).containsExactly("MOB-3>WEB-3", "OPS-7>WEB-2");
    }

    @Test
    void badPagingAndOtherSitesAreRefused() {
        String path = "/api/programs/" + program + "/dependencies";
        assertProblem(get(path + "?limit=0", acme.contextToken("u")), 400, "INVALID_LIMIT");
        assertProblem(get(path + "?limit=1001", acme.contextToken("u")), 400, "INVALID_LIMIT");
        assertProblem(get(path + "?limit=ten", acme.contextToken("u")), 400, "INVALID_LIMIT");
        assertProblem(get(path + "?cursor=%25%25", acme.contextToken("u")), 400, "INVALID_CURSOR");
        assertProblem(get(path + "?cursor=bm90LWEtY3Vyc29y", acme.contextToken("u")), 400, "INVALID_CURSOR");
        assertProblem(get(path, installed("other").contextToken("u")), 404, "PROGRAM_NOT_FOUND");
    }

    private JsonNode page(String cursor, int limit) {
        String query = "?limit=" + limit + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
        Response r = get("/api/programs/" + program + "/dependencies" + query, acme.contextToken("user-1"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> pairs(JsonNode list) {
        List<String> pairs = new ArrayList<>();
        list.path("items").forEach(d -> pairs.add(d.path("blocker").path("key").asText() + ">"
                + d.path("blocked").path("key").asText()));
        return pairs;
    }

    private JiraPayloads.Issue issue(long id, String key, long projectId, String projectKey) {
        JiraPayloads.Issue i = new JiraPayloads.Issue(id, key, T0.plusSeconds(id % 100));
        i.projectId = projectId;
        i.projectKey = projectKey;
        return i;
    }

    private void create(JiraPayloads.Issue issue) {
        deliver("issue-created", JiraPayloads.issueEvent("jira:issue_created", issue, ++changelog));
    }

    private void link(long linkId, long blocker, long blocked) {
        deliver("issuelink-created", JiraPayloads.linkEvent(true, 30000 + linkId, blocker, blocked, T0.plusSeconds(60)));
    }

    private void deliver(String hook, Map<String, Object> body) {
        String path = "/webhooks/" + hook;
        Response r = post(path, acme.hs256("POST", path), body, Map.of("X-Atlassian-Webhook-Identifier",
                UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }
}
