package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.ALICE;
import static app.keystone.sandbox.jql.JqlFixture.BOB;
import static app.keystone.sandbox.jql.JqlFixture.DAVE;
import static app.keystone.sandbox.jql.JqlFixture.context;
import static app.keystone.sandbox.jql.JqlFixture.search;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each supported field, with the value forms Jira accepts for it. */
class JqlFieldsTest {

    @Test
    void projectByKeyIdOrNameInAnyCase() {
        assertThat(search("project = WEB")).containsExactly("WEB-10", "WEB-3", "WEB-2", "WEB-1");
        assertThat(search("PROJECT = pay")).containsExactly("PAY-4", "PAY-3", "PAY-2", "PAY-1");
        assertThat(search("project = 10002")).containsExactly("OPS-2", "OPS-1");
        assertThat(search("project = \"payments platform\"")).containsExactly("PAY-4", "PAY-3", "PAY-2", "PAY-1");
        assertThat(search("project in (WEB, 10002)")).hasSize(6).doesNotContain("PAY-1");
        assertThat(search("project not in (WEB, OPS)")).containsExactly("PAY-4", "PAY-3", "PAY-2", "PAY-1");
    }

    @Test
    void keyAliasesTakeKeysOrIds() {
        assertThat(search("key = WEB-2")).containsExactly("WEB-2");
        assertThat(search("issuekey = web-2")).containsExactly("WEB-2");
        assertThat(search("issue = 10003")).containsExactly("WEB-3");
        assertThat(search("id in (PAY-1, 10009)")).containsExactly("OPS-2", "PAY-1");
        assertThat(search("key != WEB-2 AND project = WEB")).containsExactly("WEB-10", "WEB-3", "WEB-1");
    }

    @Test
    void keyComparisonsStayInsideTheProjectAndCompareNumbers() {
        assertThat(search("key > WEB-2")).containsExactly("WEB-10", "WEB-3");
        assertThat(search("issuekey <= PAY-2")).containsExactly("PAY-2", "PAY-1");
        assertThat(search("id >= 10009")).containsExactly("PAY-4", "OPS-2");
        assertThat(search("key < 10002")).containsExactly("WEB-1");
    }

    @Test
    void issueTypeByName() {
        assertThat(search("issuetype = Epic")).containsExactly("PAY-1", "WEB-1");
        assertThat(search("issuetype = \"Sub-task\"")).containsExactly("OPS-2", "WEB-3");
        assertThat(search("issueType = sub-task")).containsExactly("OPS-2", "WEB-3");
        assertThat(search("type in (Bug, Task)")).containsExactly("OPS-1", "PAY-3");
    }

    @Test
    void statusByName() {
        assertThat(search("status = \"In Review\"")).containsExactly("WEB-10");
        assertThat(search("status = done")).containsExactly("OPS-2", "PAY-2", "WEB-3");
        assertThat(search("status != Done")).hasSize(7).doesNotContain("WEB-3", "PAY-2", "OPS-2");
        assertThat(search("status = Nonexistent")).isEmpty();
    }

    @Test
    void statusCategoryByNameKeyOrId() {
        String[] inProgress = {"PAY-4", "OPS-1", "WEB-10", "PAY-1", "WEB-1"};
        assertThat(search("statusCategory = \"In Progress\"")).containsExactly(inProgress);
        assertThat(search("statuscategory = INDETERMINATE")).containsExactly(inProgress);
        assertThat(search("statusCategory = 4")).containsExactly(inProgress);
        assertThat(search("statusCategory = new")).containsExactly("PAY-3", "WEB-2");
        assertThat(search("statusCategory = 2")).containsExactly("PAY-3", "WEB-2");
        assertThat(search("statusCategory = 3")).containsExactly("OPS-2", "PAY-2", "WEB-3");
        assertThat(search("statusCategory in (\"to do\", Done)"))
                .containsExactly("OPS-2", "PAY-3", "PAY-2", "WEB-3", "WEB-2");
        assertThat(search("statusCategory != Done")).hasSize(7);
    }

    @Test
    void labelsMatchAnyLabelIgnoringCase() {
        assertThat(search("labels = backend")).containsExactly("PAY-4", "WEB-10", "PAY-2", "WEB-2");
        assertThat(search("labels = \"on call\"")).containsExactly("OPS-1");
        assertThat(search("labels in (frontend, infra)")).containsExactly("OPS-2", "OPS-1", "WEB-2", "WEB-1");
        assertThat(search("labels is EMPTY")).containsExactly("PAY-3", "WEB-3");
    }

    @Test
    void negativeLabelClausesSkipIssuesWithoutLabels() {
        assertThat(search("labels != backend")).containsExactly("OPS-2", "OPS-1", "PAY-1", "WEB-1");
        assertThat(search("labels not in (backend, payments)")).containsExactly("OPS-2", "OPS-1", "WEB-1");
    }

    @Test
    void parentByKeyOrIdCoversEpicChildrenAndSubtasks() {
        assertThat(search("parent = WEB-1")).containsExactly("WEB-10", "WEB-2");
        assertThat(search("parent = 10004")).containsExactly("PAY-4", "PAY-2");
        assertThat(search("parent in (web-2, OPS-1)")).containsExactly("OPS-2", "WEB-3");
        assertThat(search("parent is EMPTY")).containsExactly("OPS-1", "PAY-3", "PAY-1", "WEB-1");
        assertThat(search("parent != WEB-1")).containsExactly("PAY-4", "OPS-2", "PAY-2", "WEB-3");
    }

    @Test
    void assigneeByAccountIdOrCurrentUser() {
        assertThat(search("assignee = currentUser()")).containsExactly("WEB-10", "PAY-2", "WEB-1");
        assertThat(search("assignee = " + BOB)).containsExactly("PAY-4", "WEB-2");
        assertThat(search("assignee = 712020:0d5e-dave")).containsExactly("OPS-2", "OPS-1");
        assertThat(search("assignee in (\"" + DAVE + "\", EMPTY)")).containsExactly("OPS-2", "OPS-1", "PAY-3", "WEB-3");
        assertThat(search("assignee != currentUser()")).containsExactly("PAY-4", "OPS-2", "OPS-1", "PAY-1", "WEB-2");
    }

    @Test
    void currentUserMatchesNobodyForAnAnonymousSearch() {
        assertThat(search("assignee = currentUser()", context(null))).isEmpty();
        assertThat(search("assignee = currentUser()", context(BOB))).containsExactly("PAY-4", "WEB-2");
    }

    @Test
    void reporterByAccountIdOrCurrentUser() {
        assertThat(search("reporter = currentUser()")).containsExactly("OPS-1", "WEB-3", "WEB-2");
        assertThat(search("reporter in (currentUser(), '" + DAVE + "')"))
                .containsExactly("OPS-2", "OPS-1", "WEB-3", "WEB-2");
        assertThat(search("reporter != " + ALICE)).hasSize(7);
    }

    @Test
    void numericCustomFieldByIdOrClauseName() {
        assertThat(search("cf[10016] > 3")).containsExactly("WEB-10", "WEB-2");
        assertThat(search("\"Story point estimate\" >= 3")).containsExactly("WEB-10", "PAY-2", "WEB-2");
        assertThat(search("\"story point estimate\" = 5")).containsExactly("WEB-2");
        assertThat(search("cf[10016] < 2.5")).containsExactly("PAY-4", "WEB-3");
        assertThat(search("cf[10016] in (1, 2)")).containsExactly("PAY-4", "WEB-3");
        assertThat(search("cf[10016] is EMPTY")).containsExactly("OPS-2", "OPS-1", "PAY-3", "PAY-1", "WEB-1");
    }

    @Test
    void textMultiValueAndDateCustomFields() {
        assertThat(search("Team = core")).containsExactly("PAY-4", "PAY-2");
        assertThat(search("team != Core")).containsExactly("PAY-3");
        assertThat(search("Platforms = ios")).containsExactly("WEB-2");
        assertThat(search("platforms in (Android, Web)")).containsExactly("WEB-10", "WEB-2");
        assertThat(search("\"Start date\" < \"2026-02-01\"")).containsExactly("WEB-1");
        assertThat(search("\"Start date\" = \"2026-01-12\"")).containsExactly("WEB-1");
    }
}
