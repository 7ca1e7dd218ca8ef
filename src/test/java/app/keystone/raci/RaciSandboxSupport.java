package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.SandboxTest;
import app.keystone.sandbox.data.DemoUsers;
import app.keystone.sandbox.edit.IssueEditor;
import app.keystone.sandbox.hooks.SandboxWebhooks;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * RACI against the sandbox with nothing faked: issues are made and re-parented in the simulated site, reach
 * Keystone's mirror as signed webhooks, users are looked up in the site, properties are written to it. Each
 * test gets its own projects and programs, removed afterwards.
 */
public abstract class RaciSandboxSupport extends SandboxTest {

    protected static final String PRIYA = DemoUsers.accountId("Priya Raman");
    protected static final String TOMAS = DemoUsers.accountId("Tomás Ortega");
    protected static final String HANNAH = DemoUsers.accountId("Hannah Becker");
    protected static final String KWAME = DemoUsers.accountId("Kwame Mensah");
    protected static final String YUKI = DemoUsers.accountId("Yuki Tanaka");
    protected static final String LENA = DemoUsers.accountId("Lena Novak");
    protected static final String DIEGO = DemoUsers.accountId(DemoUsers.CONTRACTOR);
    protected static final String AISHA = DemoUsers.accountId("Aisha Karim");
    private static int projects;

    @Autowired
    protected SandboxWebhooks webhooks;
    @Autowired
    protected IssueEditor editor;

    protected UUID tenant;
    private final List<String> myProjects = new ArrayList<>();
    private final List<String> myPrograms = new ArrayList<>();

    @BeforeEach
    void backfilled() {
        sharedSecret();
        tenant = demoBackfilled();
    }

    @AfterEach
    void cleanUp() {
        myPrograms.forEach(id -> sendTo("DELETE", "/api/programs/" + id, null, contextToken(PRIYA)));
        myProjects.forEach(key -> editor.deleteProject(key, PRIYA));
        webhooks.awaitIdle(Duration.ofSeconds(30));
        new MirrorProbe(db).awaitDrained(tenant);
    }

    protected String project() {
        String key = "RC" + (char) ('A' + projects / 26) + (char) ('A' + projects % 26);
        projects++;
        db.sql("insert into sandbox_project (id, key, name, lead) values (nextval('sandbox_id_seq'), ?, ?, ?)")
                .param(key).param("RACI test " + key).param(PRIYA).update();
        myProjects.add(key);
        return key;
    }

    /** Creates the issue in the site and waits until Keystone's mirror has it; @return its Jira id */
    protected long create(String projectKey, String type, String summary, Long parentId) {
        String typeId = db.sql("select id::text from sandbox_issue_type where name = ?").param(type)
                .query(String.class).single();
        ObjectNode body = json().put("projectKey", projectKey).put("typeId", typeId).put("summary", summary)
                .put("parentKey", parentId == null ? null : key(parentId)).put("actor", PRIYA);
        Response r = sendTo("POST", "/sandbox/api/issues", body.toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().path("id").asLong();
        awaitMirrored(id, parentId);
        return id;
    }

    protected void reparent(long id, long newParent) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(id),
                json().put("parentKey", key(newParent)).put("actor", PRIYA).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        awaitMirrored(id, newParent);
    }

    protected void assign(long id, String accountId) {
        Response r = sendTo("PATCH", "/sandbox/api/issues/" + key(id),
                json().put("assignee", accountId).put("actor", PRIYA).toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        MirrorProbe.await(() -> accountId.equals(db.sql("select assignee_id from jira_issue where tenant_id = ? "
                + "and issue_id = ?").param(tenant).param(id).query(String.class).optional().orElse(null)),
                Duration.ofSeconds(30), "assignee mirrored");
    }

    protected String key(long id) {
        return db.sql("select key from sandbox_issue where id = ?").param(id).query(String.class).single();
    }

    private void awaitMirrored(long id, Long parentId) {
        MirrorProbe.await(() -> db.sql("select count(*) from jira_issue where tenant_id = ? and issue_id = ? "
                        + "and deleted_at is null and parent_id is not distinct from ?")
                .param(tenant).param(id).param(parentId).query(Integer.class).single() == 1,
                Duration.ofSeconds(30), "issue " + id + " mirrored under " + parentId);
    }

    /** A program over these projects, created through Keystone's API; waits until its issues are members. */
    protected String program(String name, List<Long> expectedMembers, String... projectKeys) {
        ObjectNode body = json().put("name", name + " " + UUID.randomUUID());
        ArrayNode keys = body.putArray("projectKeys");
        for (String k : projectKeys) {
            keys.add(k);
        }
        Response r = sendTo("POST", "/api/programs", body.toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().path("id").asText();
        myPrograms.add(id);
        MirrorProbe.await(() -> db.sql("select count(*) from program_issue where program_id = ?::uuid and "
                        + "issue_id = any(?)").param(id).param(expectedMembers.toArray(Long[]::new))
                .query(Integer.class).single() == expectedMembers.size(), Duration.ofSeconds(30), "membership");
        return id;
    }

    protected static ObjectNode json() {
        return JSON.createObjectNode();
    }

    /** {@code "A:acc", "R:acc:note"} → a PUT body */
    protected static String body(String... entries) {
        ObjectNode body = json();
        ArrayNode list = body.putArray("assignments");
        for (String e : entries) {
            String[] parts = e.split("\\|");
            ObjectNode a = list.addObject().put("role", parts[0]).put("accountId", parts[1]);
            if (parts.length > 2) {
                a.put("note", parts[2]);
            }
        }
        return body.toString();
    }

    protected Response put(String scope, String body) {
        return put(scope, body, PRIYA);
    }

    protected Response put(String scope, String body, String as) {
        return sendTo("PUT", "/api/raci/" + scope, body, contextToken(as));
    }

    protected JsonNode get(String scope, String as) {
        Response r = sendTo("GET", "/api/raci/" + scope, null, contextToken(as));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Effective holders of a role as "accountId@fromType:fromId" */
    protected static List<String> effective(JsonNode view, String role) {
        List<String> result = new ArrayList<>();
        view.path("effective").path(role).forEach(a -> result.add(a.path("accountId").asText() + "@"
                + a.path("fromScope").path("type").asText() + ":" + a.path("fromScope").path("id").asText()));
        return result;
    }

    protected static void assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("code").asText()).as(r.body()).isEqualTo(code);
    }

    static List<String> codes(JsonNode gaps) {
        List<String> codes = new ArrayList<>();
        gaps.forEach(g -> codes.add(g.path("code").asText()));
        return codes;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
