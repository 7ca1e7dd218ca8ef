package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.jira.privacy.PersonalDataReporter;
import app.keystone.sandbox.rest.AccountReports;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-A / at-least-one-R rules at program, epic, story and sub-task level; users Jira does not know; the
 * gap report; the matrix (JSON, filters, CSV); "my responsibilities"; and that items in projects the caller may
 * not browse are left out.
 */
class RaciRulesAndReportsSandboxTest extends RaciSandboxSupport {

    @Autowired
    AccountReports accountReports;
    @Autowired
    PersonalDataReporter reporter;
    @Autowired
    RaciPeopleRefresh peopleRefresh;

    @AfterEach
    void reactivate() {
        db.sql("update sandbox_user set active = true").update();
        accountReports.reset();
    }

    @Test
    void savesThatBreakTheRulesAreRefusedAtEveryLevel() {
        String p = project();
        long epic = create(p, "Epic", "Rules epic", null);
        long story = create(p, "Story", "Rules story", epic);
        long subtask = create(p, "Sub-task", "Rules sub-task", story);
        String program = program("RACI rules", List.of(epic, story, subtask), p);

        // program: its own list is all it has
        rule(put("program/" + program, body("R|" + TOMAS)), "RACI_NO_ACCOUNTABLE", "RACI_NO_ACCOUNTABLE");
        rule(put("program/" + program, body("A|" + PRIYA, "C|" + TOMAS)), "RACI_NO_RESPONSIBLE", "RACI_NO_RESPONSIBLE");
        rule(put("program/" + program, body("A|" + PRIYA, "A|" + KWAME, "R|" + TOMAS)), "RACI_ONE_ACCOUNTABLE",
                "RACI_ONE_ACCOUNTABLE");
        rule(put("program/" + program, body("C|" + TOMAS)), "RACI_NO_ACCOUNTABLE", "RACI_NO_ACCOUNTABLE",
                "RACI_NO_RESPONSIBLE");
        // an issue with nothing to inherit yet must name both itself
        rule(put("issue/" + epic, body("C|" + HANNAH)), "RACI_NO_ACCOUNTABLE", "RACI_NO_ACCOUNTABLE",
                "RACI_NO_RESPONSIBLE");
        rule(put("issue/" + subtask, body("A|" + HANNAH)), "RACI_NO_RESPONSIBLE", "RACI_NO_RESPONSIBLE");
        rule(put("issue/" + story, body("A|" + HANNAH, "A|" + YUKI, "R|" + TOMAS)), "RACI_ONE_ACCOUNTABLE",
                "RACI_ONE_ACCOUNTABLE");
        assertThat(db.sql("select count(*) from raci_assignment where tenant_id = ? and scope_id in (?, ?, ?, ?)")
                .param(tenant).param(program).param(Long.toString(epic)).param(Long.toString(story))
                .param(Long.toString(subtask)).query(Integer.class).single()).as("nothing saved").isZero();

        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        // now every level may name only what it changes
        assertThat(put("issue/" + epic, body("C|" + HANNAH)).status()).isEqualTo(200);
        assertThat(put("issue/" + story, body("A|" + KWAME)).status()).isEqualTo(200);
        assertThat(put("issue/" + subtask, body("R|" + YUKI, "I|" + LENA)).status()).isEqualTo(200);
        // A is exclusive per scope, also on issues
        rule(put("issue/" + subtask, body("A|" + YUKI, "A|" + LENA)), "RACI_ONE_ACCOUNTABLE", "RACI_ONE_ACCOUNTABLE");
        // a person may hold several roles
        Response several = put("issue/" + subtask, body("A|" + YUKI, "R|" + YUKI, "C|" + YUKI));
        assertThat(several.status()).as(several.body()).isEqualTo(200);

        Response unknown = put("issue/" + story, body("A|" + KWAME, "R|712020:not-a-user-of-this-site"));
        assertProblem(unknown, 400, "RACI_UNKNOWN_USER");
        assertThat(unknown.json().path("errors").get(0).path("field").asText()).isEqualTo("assignments[1].accountId");

        Response invalid = put("issue/" + story, "{\"assignments\":[{\"accountId\":\"x y\",\"role\":\"Q\"},"
                + "{\"accountId\":\"" + KWAME + "\",\"role\":\"A\",\"note\":\"" + "n".repeat(501) + "\"}]}");
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertThat(fieldsOf(invalid)).containsExactly("assignments[0].accountId", "assignments[0].role",
                "assignments[1].note");

        assertThat(get("issue/" + story, PRIYA).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void gapReportMatrixAndMyResponsibilities() {
        String p = project();
        long epic = create(p, "Epic", "Gaps epic", null);
        long story = create(p, "Story", "Gaps story", epic);
        long other = create(p, "Story", "Unowned story", epic);
        String program = program("RACI gaps", List.of(epic, story, other), p);

        JsonNode before = gaps(program, PRIYA);
        assertThat(before.path("items")).extracting(i -> i.path("scope").path("type").asText() + ":"
                + codes(i.path("gaps"))).contains("program:[NO_ACCOUNTABLE, NO_RESPONSIBLE]",
                "issue:[NO_ACCOUNTABLE, NO_RESPONSIBLE]");

        assertThat(healthCodes(program)).as("a program without RACI argues nothing").noneMatch(c -> c.startsWith("RACI"));
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        assertThat(healthCodes(program)).noneMatch(c -> c.startsWith("RACI"));
        assertThat(put("issue/" + story, body("A|" + LENA, "R|" + YUKI, "C|" + HANNAH)).status()).isEqualTo(200);
        assign(story, KWAME);
        // Lena is deactivated in Jira; the next personal data cycle tells Keystone her profile changed
        db.sql("update sandbox_user set active = false where account_id = ?").param(LENA).update();
        accountReports.answer(LENA, AccountReports.Status.updated);
        assertThat(reporter.report(new TenantId(tenant))).isEqualTo(1);

        JsonNode report = gaps(program, PRIYA);
        assertThat(item(report, key(story)).path("gaps")).extracting(g -> g.path("code").asText() + "/"
                + g.path("severity").asText()).containsExactlyInAnyOrder("INACTIVE_ACCOUNTABLE/error",
                "RESPONSIBLE_NOT_ASSIGNEE/info");
        assertThat(item(report, key(story)).path("gaps").get(0).path("accountIds").toString()).contains(LENA);
        assertThat(item(report, key(epic))).isNull(); // program's A and R, no assignee: nothing to report
        assertThat(report.path("items").get(0).path("scope").path("type").asText()).isNotEqualTo("program");

        // Tomás (the program's R) is deactivated on the site: no personal data answer, the daily re-read finds it
        db.sql("update sandbox_user set active = false where account_id = ?").param(TOMAS).update();
        assertThat(item(gaps(program, PRIYA), key(other))).as("no gaps").isNull();
        peopleRefresh.refreshAll();
        assertThat(codes(item(gaps(program, PRIYA), key(other)).path("gaps"))).containsExactly("INACTIVE_RESPONSIBLE");
        assertThat(healthCodes(program)).as("the program's only R is inactive: a health reason")
                .contains("RACI_NO_RESPONSIBLE").doesNotContain("RACI_NO_ACCOUNTABLE");
        db.sql("update sandbox_user set active = true where account_id = ?").param(TOMAS).update();
        peopleRefresh.refreshAll();

        JsonNode matrix = matrix("programId=" + program, PRIYA);
        assertThat(matrix.path("programName").asText()).startsWith("RACI gaps");
        assertThat(matrix.path("items").get(0).path("scope").path("type").asText()).isEqualTo("program");
        JsonNode row = item(matrix, key(story));
        assertThat(row.path("cells").path(LENA).get(0).path("role").asText()).isEqualTo("A");
        assertThat(row.path("cells").path(LENA).get(0).path("inherited").asBoolean()).isFalse();
        assertThat(row.path("cells").path(TOMAS)).isEmpty(); // R overridden by the story
        JsonNode otherRow = item(matrix, key(other));
        assertThat(otherRow.path("cells").path(PRIYA).get(0).path("inherited").asBoolean()).isTrue();
        assertThat(matrix.path("people")).extracting(x -> x.path("accountId").asText())
                .contains(PRIYA, TOMAS, LENA, YUKI, HANNAH);
        assertThat(matrix.path("people")).filteredOn(x -> x.path("accountId").asText().equals(LENA))
                .allSatisfy(x -> assertThat(x.path("active").asBoolean()).isFalse());

        JsonNode onlyC = matrix("programId=" + program + "&role=C", PRIYA);
        assertThat(onlyC.path("items")).hasSize(1);
        assertThat(onlyC.path("people")).extracting(x -> x.path("accountId").asText()).containsExactly(HANNAH);
        JsonNode onlyPriya = matrix("programId=" + program + "&accountId=" + PRIYA, PRIYA);
        assertThat(onlyPriya.path("items")).extracting(i -> i.path("scope").path("key").asText(""))
                .containsExactly("", key(epic), key(other));

        Response csv = sendTo("GET", "/api/raci/matrix.csv?programId=" + program, null, contextToken(PRIYA));
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("Type,Key,Summary,Status,").contains("Lena Novak (" + LENA + ")");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("issue," + key(other) + ",Unowned story,")
                .contains("(A)").contains("(R)"));

        JsonNode mine = mine(YUKI);
        assertThat(mine.path("items")).extracting(i -> i.path("scope").path("key").asText()).containsExactly(key(story));
        assertThat(mine.path("items").get(0).path("scope").path("statusName").asText()).isNotEmpty();
        assertThat(mine.path("items").get(0).path("programs").get(0).path("id").asText()).isEqualTo(program);
        JsonNode priyas = mine(PRIYA);
        assertThat(priyas.path("items")).extracting(i -> i.path("scope").path("type").asText() + ":"
                + i.path("scope").path("key").asText("") + ":" + roles(i))
                .containsExactly("program::A", "issue:" + key(epic) + ":(A)", "issue:" + key(other) + ":(A)");
    }

    @Test
    void itemsInProjectsTheCallerMayNotBrowseAreLeftOut() {
        String hidden = project(); // new projects are not shared with the contractor
        long epic = create(hidden, "Epic", "Hidden epic", null);
        String program = program("RACI hidden", List.of(epic), hidden);
        assertThat(put("program/" + program, body("A|" + DIEGO, "R|" + DIEGO)).status()).isEqualTo(200);

        assertThat(sendTo("GET", "/api/raci/issue/" + epic, null, contextToken(DIEGO)).status()).isEqualTo(404);
        assertProblem(put("issue/" + epic, body("C|" + DIEGO), DIEGO), 404, "RACI_ISSUE_NOT_FOUND");
        assertThat(matrix("programId=" + program, DIEGO).path("items")).extracting(i -> i.path("scope")
                .path("type").asText()).containsExactly("program");
        assertThat(gaps(program, DIEGO).path("items")).isEmpty();
        assertThat(mine(DIEGO).path("items")).extracting(i -> i.path("scope").path("type").asText())
                .containsExactly("program");
        assertThat(mine(PRIYA).path("items")).noneSatisfy(i -> assertThat(i.path("scope").path("id").asText())
                .isEqualTo(Long.toString(epic)));
        assertThat(matrix("programId=" + program, PRIYA).path("items")).hasSize(2);
    }

    private static String roles(JsonNode item) {
        List<String> roles = new ArrayList<>();
        item.path("roles").forEach(r -> roles.add(r.path("inherited").asBoolean() ? "(" + r.path("role").asText()
                + ")" : r.path("role").asText()));
        return String.join(" ", roles);
    }

    private List<String> healthCodes(String program) {
        Response r = sendTo("GET", "/api/programs/" + program + "/rollup", null, contextToken(PRIYA));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        r.json().path("health").path("reasons").forEach(reason -> codes.add(reason.path("code").asText()));
        return codes;
    }

    private static void rule(Response r, String code, String... ruleCodes) {
        assertProblem(r, 400, code);
        List<String> messages = new ArrayList<>();
        r.json().path("errors").forEach(e -> {
            assertThat(e.path("field").asText()).isEqualTo("assignments");
            messages.add(e.path("message").asText().split(":")[0]);
        });
        assertThat(messages).containsExactly(ruleCodes);
    }

    private static List<String> fieldsOf(Response r) {
        List<String> fields = new ArrayList<>();
        r.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    private static JsonNode item(JsonNode report, String key) {
        for (JsonNode i : report.path("items")) {
            if (key.equals(i.path("scope").path("key").asText())) {
                return i;
            }
        }
        return null;
    }

    private JsonNode gaps(String program, String as) {
        return read("/api/raci/gaps?programId=" + program, as);
    }

    private JsonNode matrix(String query, String as) {
        return read("/api/raci/matrix?" + query, as);
    }

    private JsonNode mine(String as) {
        return read("/api/raci/mine", as);
    }

    private JsonNode read(String path, String as) {
        Response r = sendTo("GET", path, null, contextToken(as));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
