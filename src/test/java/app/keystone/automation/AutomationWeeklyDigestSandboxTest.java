package app.keystone.automation;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.shared.TenantId;
import app.keystone.support.MirrorProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * *Weekly digest*: the periodic check (run here at chosen instants, as the scheduler would at its own) queues one
 * digest per program once the week's slot is due; the worker computes it from what Keystone holds (health through
 * the rollup engine, risks from the register, epics from the mirror, milestones) and e-mails the program's owner and
 * Informed through the site's notify. The slot is three days from today, so the scheduler's own runs of the check
 * (at the real time) never find it due while a test runs.
 */
class AutomationWeeklyDigestSandboxTest extends AutomationSandboxSupport {

    @Autowired
    DigestCheck check;
    @Autowired
    TriggerOutbox outbox;
    @Autowired
    TransactionTemplate tx;

    /** The slot the tests configure: noon (UTC, the sandbox's site time zone) three days from today. */
    private final LocalDate slotDay = LocalDate.now(ZoneOffset.UTC).plusDays(3);
    private final Instant slot = slotDay.atTime(12, 0).toInstant(ZoneOffset.UTC);
    private final String params = "{\"dayOfWeek\":" + slotDay.getDayOfWeek().getValue() + ",\"hour\":12}";
    private final List<String> granted = new ArrayList<>();
    private UUID otherSite;

    @AfterEach
    void forgetDigests() {
        awaitQuiet();
        granted.forEach(project -> db.sql("""
                delete from sandbox_permission_grant where account_id = ? and project_id = (select id from sandbox_project
                where key = ?)""").param(DIEGO).param(project).update());
        if (otherSite != null) {
            for (String table : List.of("automation_trigger", "automation_firing", "automation_run", "automation_digest",
                    "automation_rule", "program")) {
                db.sql("delete from " + table + " where tenant_id = ?").param(otherSite).update();
            }
            db.sql("delete from tenant where id = ?").param(otherSite).update();
        }
    }

    private String programName(String id) {
        return db.sql("select name from program where id = ?::uuid").param(id).query(String.class).single();
    }

    /** This program's digest runs, newest first, as the run log API lists them. */
    private List<JsonNode> digestRuns(String programId) {
        Response r = sendTo("GET", "/api/automation/runs?ruleKey=weekly-digest&limit=200", null, contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String name = programName(programId);
        List<JsonNode> mine = new ArrayList<>();
        r.json().path("items").forEach(run -> {
            if (run.path("trigger").asText().endsWith("of program " + name)) {
                mine.add(run);
            }
        });
        return mine;
    }

    private List<JsonNode> awaitDigestRuns(String programId, int count) {
        MirrorProbe.await(() -> digestRuns(programId).size() >= count, Duration.ofSeconds(60),
                count + " digests of " + programId);
        return digestRuns(programId);
    }

    /** The notifications the site recorded about the issue, oldest first, with subject and bodies. */
    private List<JsonNode> mails(String issueKey) {
        List<JsonNode> found = new ArrayList<>();
        sendTo("GET", "/sandbox/api/notifications?limit=500", null, null).json().forEach(n -> {
            if (issueKey.equals(n.path("issueKey").asText())) {
                found.add(0, n);
            }
        });
        return found;
    }

    private static List<String> recipients(JsonNode mail) {
        List<String> to = new ArrayList<>();
        mail.path("recipients").forEach(u -> to.add(u.path("accountId").asText()));
        return to;
    }

    private String riskOn(long issue, String title, int probability, int impact) {
        ObjectNode body = json().put("title", title).put("probability", probability).put("impact", impact)
                .put("ownerAccountId", LENA);
        body.putArray("issueIds").add(Long.toString(issue));
        Response r = sendTo("POST", "/api/risks", body.toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    private void milestones(String program, String... nameAndDays) {
        ObjectNode body = json();
        var list = body.putArray("milestones");
        for (String m : nameAndDays) {
            String[] parts = m.split("\\+");
            list.addObject().put("name", parts[0])
                    .put("date", LocalDate.now(ZoneOffset.UTC).plusDays(Long.parseLong(parts[1])).toString());
        }
        Response r = sendTo("PATCH", "/api/programs/" + program, body.toString(), contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private int digestsStored(String program) {
        return db.sql("select count(*) from automation_digest where tenant_id = ? and program_id = ?::uuid")
                .param(tenant).param(program).query(Integer.class).single();
    }

    private int queued(UUID site, String program) {
        return db.sql("select count(*) from automation_trigger where tenant_id = ? and payload->>'programId' = ?")
                .param(site).param(program).query(Integer.class).single();
    }

    @Test
    void aDigestPerProgramAndWeekTellsOwnerAndInformedWhatChanged() {
        String project = project();
        long checkout = create(project, "Epic", "Checkout", null);
        long payments = create(project, "Epic", "Payments rewrite", null);
        long story = create(project, "Story", "Card form", checkout);
        String program = program("Digest", List.of(checkout, payments, story), project);
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS, "I|" + HANNAH, "I|" + KWAME))
                .status()).isEqualTo(200);
        milestones(program, "Beta+5", "GA+40");
        String supplier = riskOn(story, "Supplier slips", 2, 3); // 6: MEDIUM
        enable("weekly-digest", false, params);

        // last week's digest: the first of the program, GREEN
        assertThat(check.sweep(slot.minus(Duration.ofDays(7)).plusSeconds(60))).isPositive();
        JsonNode first = awaitDigestRuns(program, 1).get(0);
        assertThat(first.path("outcome").asText()).as(first.toString()).isEqualTo("ACTED");
        assertThat(first.path("detail").asText()).startsWith("Health GREEN (first digest)");

        // this week: a new HIGH risk, the MEDIUM one escalated to HIGH, an epic done → AMBER
        riskOn(story, "Vendor API late", 4, 3);
        Response up = sendTo("PATCH", "/api/risks/" + supplier, json().put("probability", 4).toString(),
                contextToken(PRIYA));
        assertThat(up.status()).as(up.body()).isEqualTo(200);
        done(payments);
        assertThat(check.sweep(slot.plusSeconds(60))).isPositive();
        check.sweep(slot.plus(Duration.ofHours(5))); // the check again, later the same day: nothing more
        String week = DigestSlot.week(slotDay);
        tx.executeWithoutResult(s -> outbox.add(new TenantId(tenant), RuleType.WEEKLY_DIGEST, "digest:" + program
                + "@" + week, "Weekly digest " + week + " of program " + programName(program) + " (again)", null,
                null, null, json().put("programId", program).put("week", week))); // as a second node would
        awaitDigestRuns(program, 2);
        awaitQuiet();

        List<JsonNode> runs = digestRuns(program);
        assertThat(runs).hasSize(2);
        JsonNode run = runs.get(0);
        assertThat(run.path("outcome").asText()).as(run.toString()).isEqualTo("ACTED");
        assertThat(run.path("trigger").asText()).isEqualTo("Weekly digest " + week + " of program "
                + programName(program));
        assertThat(run.path("detail").asText())
                .startsWith("Health AMBER (was GREEN: 2 open risks are HIGH); 1 new risk, 1 escalated, "
                        + "1 epic completed, 1 milestone in the next 14 days. E-mailed owner and Informed " + PRIYA
                        + ", " + String.join(", ", new TreeSet<>(List.of(HANNAH, KWAME))) + " about "
                        + key(checkout) + " through Jira")
                .doesNotContain("Vendor"); // everyone of the site reads the run log: titles stay in the e-mail

        List<JsonNode> mails = mails(key(checkout));
        assertThat(mails).hasSize(2);
        JsonNode mail = mails.get(1);
        assertThat(recipients(mail)).containsExactlyInAnyOrder(PRIYA, HANNAH, KWAME);
        assertThat(mail.path("subject").asText()).isEqualTo("Keystone weekly digest: " + programName(program)
                + " — AMBER (was GREEN)");
        assertThat(mail.path("textBody").asText())
                .contains("week " + week + " (since the previous digest, " + DigestSlot.week(slotDay.minusWeeks(1)))
                .contains("AMBER: 2 open risks are HIGH")
                .contains("New risks:\n- [HIGH] Vendor API late")
                .contains("Escalated risks:\n- [HIGH, was MEDIUM] Supplier slips")
                .contains("Epics completed:\n- " + key(payments) + " Payments rewrite")
                .doesNotContain(key(checkout) + " Checkout")
                .contains("- " + LocalDate.now(ZoneOffset.UTC).plusDays(5) + " Beta")
                .doesNotContain(" GA");
        assertThat(mail.path("htmlBody").asText()).contains("<li>[HIGH] Vendor API late</li>");
        assertThat(digestsStored(program)).isEqualTo(2);
        assertThat(db.sql("select health from automation_digest where tenant_id = ? and program_id = ?::uuid "
                + "and week = ?").param(tenant).param(program).param(week).query(String.class).single())
                .isEqualTo("AMBER");
    }

    @Test
    void eachReaderIsToldOnlyOfTheRisksAndEpicsTheyMayBrowse() {
        String shared = project();
        String secret = project();
        granted.add(shared);
        db.sql("""
                insert into sandbox_permission_grant (account_id, permission, project_id)
                select ?, 'BROWSE_PROJECTS', id from sandbox_project where key = ?""").param(DIEGO).param(shared)
                .update();
        long open = create(shared, "Epic", "Open work", null);
        long visible = create(shared, "Epic", "Shared epic", null);
        long hidden = create(secret, "Epic", "Secret epic", null);
        String program = program("Digest split", List.of(open, visible, hidden), shared, secret);
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS, "I|" + DIEGO)).status())
                .isEqualTo(200);
        riskOn(hidden, "Secret vendor", 2, 2);
        done(visible);
        done(hidden);
        enable("weekly-digest", false, params);
        check.sweep(slot);
        JsonNode run = awaitDigestRuns(program, 1).get(0);
        awaitQuiet();
        assertThat(run.path("detail").asText()).as(run.toString()).startsWith("Health GREEN (first digest); 1 new risk, "
                + "0 escalated, 2 epics completed, 0 milestones in the next 14 days. E-mailed owner " + PRIYA
                + " about " + key(open) + "; Informed " + DIEGO + " about " + key(open));

        List<JsonNode> mails = mails(key(open));
        assertThat(mails).hasSize(2);
        assertThat(recipients(mails.get(0))).containsExactly(PRIYA);
        assertThat(mails.get(0).path("textBody").asText()).contains("Secret vendor").contains(key(hidden))
                .contains(key(visible)).doesNotContain("left out");
        assertThat(recipients(mails.get(1))).containsExactly(DIEGO);
        assertThat(mails.get(1).path("textBody").asText()).doesNotContain("Secret").doesNotContain(key(hidden))
                .contains(key(visible)).contains("Some risks or epics are left out");
        assertThat(mails.get(1).path("subject").asText()).isEqualTo(mails.get(0).path("subject").asText());
    }

    @Test
    void dryRunSendsAndStoresNothingAndAProgramWithoutIssuesIsStoredButNotMailed() {
        String project = project();
        long epic = create(project, "Epic", "Dry epic", null);
        String program = program("Digest dry", List.of(epic), project);
        String empty = program("Digest empty", List.of(), project());
        enable("weekly-digest", true, params);
        check.sweep(slot);
        JsonNode dry = awaitDigestRuns(program, 1).get(0);
        awaitDigestRuns(empty, 1);
        awaitQuiet();
        assertThat(dry.path("outcome").asText()).isEqualTo("DRY_RUN");
        assertThat(dry.path("detail").asText()).startsWith("Health GREEN (first digest); 0 new risks, 0 escalated, "
                + "0 epics completed, 0 milestones in the next 14 days. Would have e-mailed owner " + PRIYA
                + " about " + key(epic) + ": \"Keystone weekly digest: " + programName(program) + " — GREEN (first digest)\".");
        assertThat(mails(key(epic))).isEmpty();
        assertThat(digestsStored(program)).isZero();

        String real = program("Digest nothing", List.of(), project());
        enable("weekly-digest", false, params);
        check.sweep(slot);
        JsonNode skipped = awaitDigestRuns(real, 1).get(0);
        awaitQuiet();
        assertThat(skipped.path("outcome").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.path("detail").asText()).endsWith("Not e-mailed: the program has no issue to mail about "
                + "(Jira e-mails only about an issue).");
        assertThat(digestsStored(real)).isOne();
        assertThat(digestRuns(program)).hasSize(1); // its week's firing was the dry run
    }

    @Test
    void nothingIsQueuedBeforeTheSlotMoreThanADayAfterItOrWhileTheRuleIsOff() {
        String project = project();
        long epic = create(project, "Epic", "Not yet", null);
        String program = program("Digest timing", List.of(epic), project);
        enable("weekly-digest", false, params);
        assertThat(check.sweep(slot.minusSeconds(60))).isZero();
        assertThat(check.sweep(slot.plus(DigestSlot.LATE_AT_MOST))).isZero(); // switched on too late for that week
        Response off = rule("weekly-digest", "{\"enabled\":false,\"dryRun\":false,\"params\":" + params + "}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(check.sweep(slot)).isZero();
        assertThat(queued(tenant, program)).isZero();
        assertThat(digestRuns(program)).isEmpty();
        assertThat(mails(key(epic))).isEmpty();
    }

    @Test
    void anotherSitesProgramsFollowItsOwnSettingsAndStayItsOwn() {
        otherSite = UUID.randomUUID();
        db.sql("insert into tenant (id, client_key, base_url, installed) values (?, ?, 'https://globex.test', true)")
                .param(otherSite).param("digest-" + otherSite).update();
        UUID theirs = UUID.randomUUID();
        db.sql("insert into program (id, tenant_id, name, owner_account_id) values (?, ?, 'Globex launch', 'boss')")
                .param(theirs).param(otherSite).update();
        db.sql("insert into automation_rule (tenant_id, rule_key, enabled, params) values (?, 'weekly-digest', true, "
                + "cast(? as jsonb))").param(otherSite).param(params).update();
        String project = project();
        long epic = create(project, "Epic", "Ours", null);
        String ours = program("Digest ours", List.of(epic), project);
        String later = "{\"dayOfWeek\":" + slotDay.getDayOfWeek().getValue() + ",\"hour\":18}";
        enable("weekly-digest", false, later);

        assertThat(check.sweep(slot)).isEqualTo(1); // theirs is due, ours (at 18:00) is not
        MirrorProbe.await(() -> db.sql("select count(*) from automation_run where tenant_id = ?").param(otherSite)
                .query(Integer.class).single() == 1, Duration.ofSeconds(30), "the other site's digest");
        assertThat(db.sql("select detail from automation_run where tenant_id = ?").param(otherSite)
                .query(String.class).single()).contains("no issue to mail about");
        assertThat(db.sql("select program_id from automation_digest where tenant_id = ?").param(otherSite)
                .query(UUID.class).list()).containsExactly(theirs);
        assertThat(queued(tenant, ours)).isZero();
        assertThat(digestRuns(ours)).isEmpty();

        check.sweep(slot.plus(Duration.ofHours(6)));
        awaitDigestRuns(ours, 1);
        awaitQuiet();
        assertThat(db.sql("select count(*) from automation_run where tenant_id = ?").param(otherSite)
                .query(Integer.class).single()).isOne();
        assertThat(db.sql("select count(*) from automation_digest where program_id = ?").param(theirs)
                .query(Integer.class).single()).isOne();
        Response log = sendTo("GET", "/api/automation/runs?ruleKey=weekly-digest&limit=200", null, contextToken(PRIYA));
        assertThat(log.body()).doesNotContain("Globex launch");
    }
}
