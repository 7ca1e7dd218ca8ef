package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.BOB;
import static app.keystone.sandbox.jql.JqlFixture.error;
import static app.keystone.sandbox.jql.JqlFixture.search;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Operators, EMPTY, boolean structure, lists, quoting and keyword case. */
class JqlOperatorsTest {

    @Test
    void equalityAndListOperators() {
        assertThat(search("issuetype = Epic")).containsExactly("PAY-1", "WEB-1");
        assertThat(search("issuetype != Story")).hasSize(6).doesNotContain("WEB-2", "PAY-2", "WEB-10", "PAY-4");
        assertThat(search("issuetype in (Epic, Bug)")).containsExactly("PAY-3", "PAY-1", "WEB-1");
        assertThat(search("issuetype not in (Epic, Story, \"Sub-task\")")).containsExactly("OPS-1", "PAY-3");
    }

    @Test
    void emptyAndNullAreTheSameKeyword() {
        String[] unassigned = {"PAY-3", "WEB-3"};
        assertThat(search("assignee is EMPTY")).containsExactly(unassigned);
        assertThat(search("assignee IS null")).containsExactly(unassigned);
        assertThat(search("assignee = EMPTY")).containsExactly(unassigned);
        assertThat(search("assignee is not EMPTY")).hasSize(8).doesNotContain(unassigned);
        assertThat(search("assignee != NULL")).hasSize(8).doesNotContain(unassigned);
    }

    @Test
    void negativeOperatorsNeverMatchEmptyFields() {
        assertThat(search("assignee != " + BOB)).doesNotContain("PAY-3", "WEB-3", "WEB-2", "PAY-4").hasSize(6);
        assertThat(search("assignee not in (" + BOB + ", EMPTY)")).hasSize(6);
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(search("project = OPS OR project = WEB AND status = Done"))
                .containsExactly("OPS-2", "OPS-1", "WEB-3");
        assertThat(search("project = WEB AND status = Done OR project = OPS"))
                .containsExactly("OPS-2", "OPS-1", "WEB-3");
        assertThat(search("(project = OPS OR project = WEB) AND status = Done")).containsExactly("OPS-2", "WEB-3");
    }

    @Test
    void notBindsTighterThanAnd() {
        assertThat(search("NOT project = WEB AND status = Done")).containsExactly("OPS-2", "PAY-2");
        assertThat(search("NOT project = WEB")).hasSize(6).allMatch(key -> !key.startsWith("WEB"));
        assertThat(search("! (project = WEB OR project = PAY)")).containsExactly("OPS-2", "OPS-1");
        assertThat(search("not not project = OPS")).containsExactly("OPS-2", "OPS-1");
    }

    @Test
    void notIsPushedDownLikeJiraSoItAlsoSkipsEmptyFields() {
        // Jira rewrites NOT assignee = x to assignee != x, which excludes unassigned issues.
        assertThat(search("NOT assignee = currentUser()")).containsExactly("PAY-4", "OPS-2", "OPS-1", "PAY-1",
                "WEB-2");
        // NOT (WEB AND backend) becomes: not WEB, or labelled but not backend.
        assertThat(search("NOT (project = WEB AND labels = backend)")).containsExactly("PAY-4", "OPS-2", "OPS-1",
                "PAY-3", "PAY-2", "PAY-1", "WEB-1");
        assertThat(search("NOT created > \"2026-03-11\"")).doesNotContain("OPS-1", "PAY-4").contains("WEB-1");
    }

    @Test
    void symbolicAndOr() {
        assertThat(search("project = PAY && status = Done || project = OPS & issuetype = Task | key = WEB-1"))
                .containsExactly("OPS-1", "PAY-2", "WEB-1");
    }

    @Test
    void nestedParenthesesAndLists() {
        assertThat(search("((project = OPS) AND ((status = Done)))")).containsExactly("OPS-2");
        assertThat(search("key in (WEB-1, (PAY-1, (OPS-1)))")).containsExactly("OPS-1", "PAY-1", "WEB-1");
    }

    @Test
    void keywordsAndFieldNamesIgnoreCase() {
        assertThat(search("Project In (web) aNd Status Not In (Done) oRdEr By KEY asc"))
                .containsExactly("WEB-1", "WEB-2", "WEB-10");
        assertThat(search("LABELS IS NOT EMPTY AND ASSIGNEE IS EMPTY")).isEmpty();
    }

    @Test
    void doubleAndSingleQuotesAndEscapes() {
        assertThat(search("status = 'In Review'")).containsExactly("WEB-10");
        assertThat(search("labels = on\\ call")).containsExactly("OPS-1");
        assertThat(search("labels = \"on\\u0020call\"")).containsExactly("OPS-1");
        assertThat(search("labels = 'on\\tcall'")).isEmpty();
        assertThat(error("project = \"Bob's \\\"Team\\\"\""))
                .isEqualTo("The value 'Bob's \"Team\"' does not exist for the field 'project'.");
        assertThat(error("project = 'it\\'s'")).isEqualTo("The value 'it's' does not exist for the field 'project'.");
    }

    @Test
    void quotedKeywordsAreValues() {
        assertThat(error("project = \"and\"")).isEqualTo("The value 'and' does not exist for the field 'project'.");
        assertThat(error("labels = 'empty' AND project = \"order\""))
                .isEqualTo("The value 'order' does not exist for the field 'project'.");
    }

    @Test
    void whitespaceAndNewlinesSeparateTokens() {
        assertThat(search("project=OPS\n\tAND\r\nstatus=Done")).containsExactly("OPS-2");
    }
}
