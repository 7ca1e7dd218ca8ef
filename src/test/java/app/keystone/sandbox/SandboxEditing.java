package app.keystone.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.data.DemoUsers;
import app.keystone.sandbox.hooks.SandboxWebhooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base for tests that change site data: each test gets throw-away projects (so the demo program other test
 * classes assert on stays as seeded), a capture server as webhook target, and afterwards the outbox drained,
 * the switches reset and its projects removed.
 */
public abstract class SandboxEditing extends SandboxTest {

    /** Asia/Kolkata: payload date-times carry +0530. */
    protected static final String AISHA = DemoUsers.ALL.get(7).accountId();
    protected static final String PRIYA = DemoUsers.ALL.get(0).accountId();
    protected static final String TOMAS = DemoUsers.ALL.get(1).accountId();
    private static int projects;

    @Autowired
    protected SandboxWebhooks webhooks;

    protected CaptureServer capture;
    private final List<String> myProjects = new ArrayList<>();

    @BeforeEach
    void captureWebhooks() {
        sharedSecret(); // installed: deliveries need the shared secret
        assertThat(webhooks.awaitIdle(Duration.ofSeconds(30))).as("outbox drained before the test").isTrue();
        capture = new CaptureServer();
        webhooks.overrideTarget(capture.baseUrl());
    }

    @AfterEach
    void cleanUp() {
        webhooks.resume();
        if (!webhooks.awaitIdle(Duration.ofSeconds(60))) {
            // leave no retries behind for the next test class
            db.sql("update sandbox_webhook_delivery set state = 'dropped' where state = 'pending'").update();
        }
        webhooks.reset();
        capture.close();
        for (String key : myProjects) {
            long id = db.sql("select id from sandbox_project where key = :k").param("k", key).query(Long.class)
                    .optional().orElse(-1L);
            db.sql("update sandbox_issue set parent_id = null where project_id = :p or parent_id in "
                    + "(select id from sandbox_issue where project_id = :p)").param("p", id).update();
            db.sql("delete from sandbox_issue where project_id = :p").param("p", id).update();
            db.sql("delete from sandbox_project where id = :p").param("p", id).update();
        }
    }

    /** A new empty project only this test uses; @return its key */
    protected String project() {
        String key = "HK" + (char) ('A' + projects / 26) + (char) ('A' + projects % 26);
        projects++;
        db.sql("insert into sandbox_project (id, key, name, lead) values (nextval('sandbox_id_seq'), :k, :n, :lead)")
                .param("k", key).param("n", "Hooks test " + key).param("lead", PRIYA).update();
        myProjects.add(key);
        return key;
    }

    /** POST /sandbox/api/issues; asserts 201 and @return the issue key */
    protected String create(String projectKey, String type, String summary, String parentKey, String actor) {
        ObjectNode body = JSON.createObjectNode().put("projectKey", projectKey).put("typeId", typeId(type))
                .put("summary", summary).put("parentKey", parentKey).put("actor", actor);
        Response r = sendTo("POST", "/sandbox/api/issues", body.toString(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("key").asText();
    }

    protected Response patch(String key, String body) {
        return sendTo("PATCH", "/sandbox/api/issues/" + key, body, null);
    }

    protected JsonNode issue(String key) {
        Response r = sendTo("GET", "/sandbox/api/issues/" + key, null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    protected String typeId(String name) {
        return db.sql("select id::text from sandbox_issue_type where name = :n").param("n", name).query(String.class)
                .single();
    }

    protected void drained() {
        assertThat(webhooks.awaitIdle(Duration.ofSeconds(30))).as("webhooks delivered").isTrue();
    }

    /** Polls until {@code value} satisfies {@code done}; fails with the last value after {@code timeout}. */
    protected static <T> T await(Duration timeout, Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + last);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }

    /** The capture server's requests for {@code event} once there are {@code count} of them. */
    protected List<CaptureServer.Captured> awaitEvents(String event, int count) {
        return await(Duration.ofSeconds(20), () -> capture.events(event), l -> l.size() >= count);
    }
}
