package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.jira.privacy.PersonalDataReporter;
import app.keystone.sandbox.rest.AccountReports;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Atlassian's personal data reporting against the sandbox's report-accounts endpoint: every stored accountId
 * (RACI assignments and cached people, program owners, risk owners and history) is reported in calls of at most
 * 90; a closed account is erased everywhere; an updated one is re-read from Jira.
 */
class PersonalDataSandboxTest extends RaciSandboxSupport {

    @Autowired
    AccountReports accountReports;
    @Autowired
    PersonalDataReporter reporter;

    @AfterEach
    void resetSite() {
        accountReports.reset();
        db.sql("update sandbox_user set display_name = 'Tomás Ortega' where account_id = ?").param(TOMAS).update();
        db.sql("delete from raci_person where account_id like 'pd-test-%'").update();
    }

    @Test
    void closedAccountsAreErasedAndUpdatedOnesRefreshed() {
        String p = project();
        long epic = create(p, "Epic", "Privacy epic", null);
        String program = program("RACI privacy", List.of(epic), p);
        Response owned = sendTo("PATCH", "/api/programs/" + program, "{\"ownerAccountId\":\"" + AISHA + "\"}",
                contextToken(PRIYA));
        assertThat(owned.status()).as(owned.body()).isEqualTo(200);
        assertThat(owned.json().path("ownerAccountId").asText()).isEqualTo(AISHA);
        assertThat(put("program/" + program, body("A|" + PRIYA, "R|" + AISHA, "R|" + TOMAS)).status()).isEqualTo(200);
        assertThat(put("issue/" + epic, body("C|" + AISHA, "I|" + TOMAS)).status()).isEqualTo(200);
        Response risk = sendTo("POST", "/api/risks", "{\"title\":\"Privacy risk\",\"probability\":2,\"impact\":3,"
                + "\"ownerAccountId\":\"" + AISHA + "\",\"programIds\":[\"" + program + "\"]}", contextToken(PRIYA));
        assertThat(risk.status()).as(risk.body()).isEqualTo(201);
        String riskId = risk.json().path("id").asText();
        TenantId site = new TenantId(tenant);

        // nothing to act on: everything is reported, nothing changes
        assertThat(reporter.report(site)).isZero();
        assertThat(accountReports.received()).hasSize(1);
        assertThat(accountReports.received().get(0)).contains(AISHA, PRIYA, TOMAS);

        accountReports.answer(AISHA, AccountReports.Status.closed);
        assertThat(reporter.report(site)).isEqualTo(1);
        assertThat(db.sql("select count(*) from raci_assignment where tenant_id = ? and account_id = ?")
                .param(tenant).param(AISHA).query(Integer.class).single()).isZero();
        assertThat(db.sql("select count(*) from raci_person where tenant_id = ? and account_id = ?")
                .param(tenant).param(AISHA).query(Integer.class).single()).isZero();
        JsonNode programView = sendTo("GET", "/api/programs/" + program, null, contextToken(PRIYA)).json();
        assertThat(programView.path("ownerAccountId").isNull()).as(programView.toString()).isTrue();
        JsonNode raci = get("program/" + program, PRIYA);
        assertThat(effective(raci, "R")).containsExactly(TOMAS + "@program:" + program);
        assertThat(get("issue/" + epic, PRIYA).path("own")).extracting(a -> a.path("role").asText())
                .containsExactly("I");
        JsonNode riskView = sendTo("GET", "/api/risks/" + riskId, null, contextToken(PRIYA)).json();
        assertThat(riskView.path("ownerAccountId").isNull()).as(riskView.toString()).isTrue();
        assertThat(db.sql("""
                select count(*) from risk_history where tenant_id = ? and (account_id = ? or from_value = ? or to_value = ?)""")
                .param(tenant).param(AISHA).param(AISHA).param(AISHA).query(Integer.class).single())
                .as("the risk's history keeps its entries without the closed account").isZero();
        assertThat(sendTo("DELETE", "/api/risks/" + riskId, null, contextToken(PRIYA)).status()).isEqualTo(204);
        // the next report no longer names the closed account
        reporter.report(site);
        List<List<String>> calls = accountReports.received();
        assertThat(calls.get(calls.size() - 1)).doesNotContain(AISHA).contains(TOMAS);

        // Tomás changed his name in his Atlassian profile
        db.sql("update sandbox_user set display_name = 'Tomás Ortega-Ruiz' where account_id = ?").param(TOMAS).update();
        accountReports.answer(TOMAS, AccountReports.Status.updated);
        assertThat(reporter.report(site)).isEqualTo(1);
        assertThat(get("program/" + program, PRIYA).path("own")).filteredOn(a -> a.path("accountId").asText()
                .equals(TOMAS)).extracting(a -> a.path("person").path("displayName").asText())
                .containsExactly("Tomás Ortega-Ruiz");
        assertThat(reporter.report(site)).as("refreshed since the change: nothing more to do").isZero();
    }

    @Test
    void reportsAtMostNinetyAccountsPerCall() {
        for (int i = 0; i < 95; i++) {
            db.sql("insert into raci_person (tenant_id, account_id, display_name) values (?, ?, ?)")
                    .param(tenant).param("pd-test-" + i).param("Test " + i).update();
        }
        reporter.report(new TenantId(tenant));
        List<List<String>> calls = accountReports.received();
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(90));
        assertThat(calls.stream().flatMap(List::stream).filter(id -> id.startsWith("pd-test-")).distinct().count())
                .isEqualTo(95);
    }
}
