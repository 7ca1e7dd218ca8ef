package app.keystone.sandbox.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.CaptureServer.Captured;
import app.keystone.sandbox.SandboxEditing;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** How the site delivers: retries, failures, the unreliability switches, and delivery to the real Keystone. */
class SandboxWebhookDeliveryTest extends SandboxEditing {

    @Test
    void retriesKeepTheIdentifierAndCountInTheRetryHeader() {
        webhooks.switches(new WebhookSwitches(0, 0, false, 0, 50));
        String key = create(project(), "Task", "Retry me", null, PRIYA);
        drained(); // the create event must not use up the scripted answers
        capture.answer(503, 503);
        assertThat(patch(key, "{\"actor\":\"%s\",\"summary\":\"Retried\"}".formatted(PRIYA)).status()).isEqualTo(200);

        List<Captured> attempts = awaitEvents("jira:issue_updated", 3);
        drained();
        assertThat(capture.events("jira:issue_updated")).hasSize(3);
        assertThat(attempts).extracting(r -> r.header("X-Atlassian-Webhook-Identifier")).containsOnly(
                attempts.get(0).header("X-Atlassian-Webhook-Identifier"));
        assertThat(attempts).extracting(r -> r.header("X-Atlassian-Webhook-Retry")).containsExactly(null, "1", "2");
        // the body is the same bytes every time
        assertThat(attempts).extracting(Captured::body).containsOnly(attempts.get(0).body());

        JsonNode row = outboxRow(attempts.get(0).header("X-Atlassian-Webhook-Identifier"));
        assertThat(row.path("state").asText()).isEqualTo("delivered");
        assertThat(row.path("attempts").asInt()).isEqualTo(3);
        assertThat(row.path("lastStatus").asInt()).isEqualTo(204);
        assertThat(row.path("subject").asText()).isEqualTo(key);
        assertThat(row.path("flow").asText()).isEqualTo("Primary");
    }

    @Test
    void exhaustedRetriesAreListedByWebhookFailed() throws Exception {
        webhooks.switches(new WebhookSwitches(0, 0, false, 0, 10));
        String key = create(project(), "Task", "Fail me", null, PRIYA);
        drained();
        long before = Instant.now().toEpochMilli() - 1;
        capture.alwaysAnswer(500);
        assertThat(patch(key, "{\"actor\":\"%s\",\"summary\":\"Never arrives\"}".formatted(PRIYA)).status())
                .isEqualTo(200);
        drained();
        List<Captured> attempts = capture.events("jira:issue_updated");
        assertThat(attempts).hasSize(1 + webhooks.maxRetries());
        String identifier = attempts.get(0).header("X-Atlassian-Webhook-Identifier");
        JsonNode row = outboxRow(identifier);
        assertThat(row.path("state").asText()).isEqualTo("failed");
        assertThat(row.path("lastStatus").asInt()).isEqualTo(500);

        Response unsigned = send("GET", "/rest/api/3/webhook/failed", null, null);
        assertThat(unsigned.status()).isEqualTo(401);

        Response page = get("/rest/api/3/webhook/failed?after=" + before);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode mine = find(page.json().path("values"), identifier);
        assertThat(mine).as(page.body()).isNotNull();
        assertThat(mine.path("body").isTextual()).isTrue();
        assertThat(JSON.readTree(mine.path("body").asText()).path("webhookEvent").asText())
                .isEqualTo("jira:issue_updated");
        assertThat(mine.path("url").asText()).isEqualTo(capture.baseUrl() + "/webhooks/issue-updated");
        assertThat(mine.path("failureTime").isIntegralNumber()).isTrue();
        assertThat(mine.path("failureTime").asLong()).isGreaterThan(before);
        String next = page.json().path("next").asText();
        assertThat(next).contains("/rest/api/3/webhook/failed?failedAfter=").contains("maxResults=");

        // following next (relative to the site's base URL) moves past it; the old cursor name still works
        String nextPath = next.substring(next.indexOf("/rest/api/3/"));
        Response after = get(nextPath);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(find(after.json().path("values"), identifier)).isNull();
        Response failedAfter = get("/rest/api/3/webhook/failed?maxResults=1&failedAfter=" + before);
        assertThat(failedAfter.json().path("maxResults").asInt()).isEqualTo(1);
        assertThat(failedAfter.json().path("values").size()).isGreaterThanOrEqualTo(1);
        assertThat(URI.create(failedAfter.json().path("next").asText()).getQuery()).contains("maxResults=1");
    }

    @Test
    void duplicateSwitchResendsWithTheSameIdentifierAndNoRetryHeader() {
        String key = create(project(), "Task", "Twice", null, PRIYA);
        drained();
        webhooks.switches(new WebhookSwitches(1, 0, false, 0, 1000));
        assertThat(patch(key, "{\"actor\":\"%s\",\"flagged\":true}".formatted(PRIYA)).status()).isEqualTo(200);
        List<Captured> both = awaitEvents("jira:issue_updated", 2);
        drained();
        assertThat(capture.events("jira:issue_updated")).hasSize(2);
        assertThat(both.get(0).header("X-Atlassian-Webhook-Identifier"))
                .isEqualTo(both.get(1).header("X-Atlassian-Webhook-Identifier"));
        assertThat(both).extracting(r -> r.header("X-Atlassian-Webhook-Retry")).containsOnlyNulls();
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
    }

    @Test
    void reorderSwitchShufflesADrainedBatch() {
        String key = create(project(), "Task", "Busy", null, PRIYA);
        drained();
        webhooks.switches(new WebhookSwitches(0, 0, true, 0, 1000));
        webhooks.pause();
        for (int i = 1; i <= 10; i++) {
            assertThat(patch(key, "{\"actor\":\"%s\",\"summary\":\"Edit %d\"}".formatted(PRIYA, i)).status())
                    .isEqualTo(200);
        }
        webhooks.resume();
        List<Captured> updates = awaitEvents("jira:issue_updated", 10);
        List<Long> timestamps = new ArrayList<>();
        updates.forEach(u -> timestamps.add(u.json().path("timestamp").asLong()));
        // timestamps strictly increase with each edit, so arrival order shows the shuffle
        assertThat(timestamps).doesNotHaveDuplicates();
        assertThat(timestamps).isNotEqualTo(timestamps.stream().sorted().toList());
    }

    @Test
    void dropSwitchLosesEventsSilently() {
        String key = create(project(), "Task", "Lost", null, PRIYA);
        drained();
        long before = Instant.now().toEpochMilli() - 1;
        webhooks.switches(new WebhookSwitches(0, 0, false, 1, 1000));
        assertThat(patch(key, "{\"actor\":\"%s\",\"summary\":\"Gone\"}".formatted(PRIYA)).status()).isEqualTo(200);
        drained();
        assertThat(capture.events("jira:issue_updated")).isEmpty();
        JsonNode row = StreamSupport.stream(list().spliterator(), false)
                .filter(r -> r.path("subject").asText().equals(key) && r.path("event").asText().equals("jira:issue_updated"))
                .findFirst().orElseThrow();
        assertThat(row.path("state").asText()).isEqualTo("dropped");
        assertThat(row.path("attempts").asInt()).isZero();
        assertThat(row.path("lastStatus").isNull()).isTrue();
        assertThat(find(get("/rest/api/3/webhook/failed?after=" + before).json().path("values"),
                row.path("identifier").asText())).isNull();
    }

    @Test
    void delaySwitchHoldsDeliveries() {
        String key = create(project(), "Task", "Slow", null, PRIYA);
        drained();
        webhooks.switches(new WebhookSwitches(0, 1500, false, 0, 1000));
        Instant changed = Instant.now();
        assertThat(patch(key, "{\"actor\":\"%s\",\"summary\":\"Later\"}".formatted(PRIYA)).status()).isEqualTo(200);
        Captured late = awaitEvents("jira:issue_updated", 1).get(0);
        assertThat(Duration.between(changed, late.at())).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void switchesApiValidatesRanges() {
        Response bad = sendTo("PUT", "/sandbox/api/webhooks/switches", "{\"dropShare\": 2}", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").asText()).contains("dropShare");
        assertThat(sendTo("PUT", "/sandbox/api/webhooks/switches", "{\"delayMs\": -1}", null).status()).isEqualTo(400);
        assertThat(sendTo("PUT", "/sandbox/api/webhooks/switches", "{\"reorder\": \"yes\"}", null).status())
                .isEqualTo(400);
        assertThat(sendTo("PUT", "/sandbox/api/webhooks/switches", "{\"nope\": 1}", null).status()).isEqualTo(400);

        Response ok = sendTo("PUT", "/sandbox/api/webhooks/switches",
                "{\"duplicateShare\": 0.25, \"delayMs\": 10, \"reorder\": true, \"dropShare\": 0.5, \"retryBackoffMs\": 200}",
                null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode now = sendTo("GET", "/sandbox/api/webhooks/switches", null, null).json();
        assertThat(now.path("duplicateShare").asDouble()).isEqualTo(0.25);
        assertThat(now.path("delayMs").asLong()).isEqualTo(10);
        assertThat(now.path("reorder").asBoolean()).isTrue();
        assertThat(now.path("dropShare").asDouble()).isEqualTo(0.5);
        assertThat(now.path("retryBackoffMs").asLong()).isEqualTo(200);
        assertThat(webhooks.switches().dropShare()).isEqualTo(0.5);
    }

    @Test
    void withTheDefaultTargetKeystoneReceivesAndAcknowledges() {
        String key = create(project(), "Story", "For Keystone", null, PRIYA);
        drained();
        webhooks.overrideTarget(null);
        sharedSecret(); // Keystone knows the site (other test classes may have emptied its tenant table)
        assertThat(patch(key, "{\"actor\":\"%s\",\"storyPoints\":3,\"dueDate\":\"2026-03-01\"}".formatted(AISHA))
                .status()).isEqualTo(200);
        drained();
        JsonNode row = StreamSupport.stream(list().spliterator(), false)
                .filter(r -> r.path("subject").asText().equals(key) && r.path("event").asText().equals("jira:issue_updated"))
                .findFirst().orElseThrow();
        assertThat(row.path("state").asText()).as(row.toString()).isEqualTo("delivered");
        assertThat(row.path("lastStatus").asInt()).isBetween(200, 299);
        assertThat(row.path("attempts").asInt()).isEqualTo(1);
        // Keystone recorded it under the identifier the site sent
        assertThat(db.sql("select count(*) from jira_webhook_delivery where webhook_id = :id")
                .param("id", row.path("identifier").asText()).query(Integer.class).single()).isEqualTo(1);
        assertThat(webhooks.deliveries()).anyMatch(d -> d.identifier().equals(row.path("identifier").asText())
                && d.url().startsWith("http://localhost:" + port() + "/webhooks/issue-updated"));
    }

    private JsonNode list() {
        Response r = sendTo("GET", "/sandbox/api/webhooks?limit=100", null, null);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private JsonNode outboxRow(String identifier) {
        JsonNode row = find(list(), identifier, "identifier");
        assertThat(row).as("outbox row " + identifier).isNotNull();
        assertThat(row.path("id").isTextual()).isTrue();
        assertThat(row.path("created").asText()).endsWith("Z");
        return row;
    }

    private static JsonNode find(JsonNode array, String id) {
        return find(array, id, "id");
    }

    private static JsonNode find(JsonNode array, String id, String field) {
        for (JsonNode v : array) {
            if (v.path(field).asText().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
