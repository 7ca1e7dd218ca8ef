package app.keystone.sandbox.jql;

import static app.keystone.sandbox.jql.JqlFixture.context;
import static app.keystone.sandbox.jql.JqlFixture.error;
import static app.keystone.sandbox.jql.JqlFixture.search;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ORDER BY, the default order, and which queries count as bounded. */
class JqlOrderByTest {

    @Test
    void withoutOrderByNewestIssueFirst() {
        assertThat(search("")).containsExactly("PAY-4", "OPS-2", "OPS-1", "WEB-10", "PAY-3", "PAY-2", "PAY-1",
                "WEB-3", "WEB-2", "WEB-1");
    }

    @Test
    void keyOrdersByProjectThenNumber() {
        assertThat(search("project = WEB ORDER BY key")).containsExactly("WEB-1", "WEB-2", "WEB-3", "WEB-10");
        assertThat(search("project = WEB ORDER BY issuekey DESC")).containsExactly("WEB-10", "WEB-3", "WEB-2", "WEB-1");
        assertThat(search("project = OPS order by rank")).containsExactly("OPS-1", "OPS-2");
    }

    @Test
    void datesDefaultToDescending() {
        assertThat(search("issuetype = Story ORDER BY created")).containsExactly("PAY-4", "WEB-10", "WEB-2", "PAY-2");
        assertThat(search("issuetype = Story ORDER BY updated ASC")).containsExactly("WEB-2", "PAY-2", "WEB-10",
                "PAY-4");
    }

    @Test
    void multipleFieldsInTurn() {
        assertThat(search("project in (WEB, PAY) ORDER BY status ASC, key DESC")).containsExactly(
                "WEB-2", "PAY-3", "WEB-1", "PAY-4", "PAY-1", "WEB-10", "WEB-3", "PAY-2");
        assertThat(search("project in (WEB, PAY, OPS) ORDER BY project, key")).containsExactly("OPS-1", "OPS-2",
                "PAY-1", "PAY-2", "PAY-3", "PAY-4", "WEB-1", "WEB-2", "WEB-3", "WEB-10");
        assertThat(search("created < now() ORDER BY issuetype ASC, key ASC")).containsExactly("PAY-3", "PAY-1",
                "WEB-1", "PAY-2", "PAY-4", "WEB-2", "WEB-10", "OPS-2", "WEB-3", "OPS-1");
    }

    @Test
    void emptyValuesSortLastAscendingAndFirstDescending() {
        assertThat(search("project in (WEB, PAY) ORDER BY duedate ASC, key ASC")).containsExactly(
                "PAY-3", "WEB-2", "WEB-1", "PAY-1", "PAY-2", "PAY-4", "WEB-3", "WEB-10");
        assertThat(search("project in (WEB, PAY) ORDER BY duedate DESC, key ASC")).containsExactly(
                "PAY-2", "PAY-4", "WEB-3", "WEB-10", "PAY-1", "WEB-1", "WEB-2", "PAY-3");
    }

    @Test
    void tiesFallBackToNewestFirst() {
        assertThat(search("project = PAY ORDER BY statusCategory")).containsExactly("PAY-3", "PAY-4", "PAY-1",
                "PAY-2");
    }

    @Test
    void customFieldsSortByValue() {
        assertThat(search("cf[10016] is not EMPTY ORDER BY cf[10016] DESC")).containsExactly("WEB-10", "WEB-2",
                "PAY-2", "PAY-4", "WEB-3");
        assertThat(search("cf[10016] > 1 ORDER BY \"Story point estimate\"")).containsExactly("PAY-4", "PAY-2",
                "WEB-2", "WEB-10");
    }

    @Test
    void sevenSortFieldsAtMost() {
        assertThat(search("project = OPS ORDER BY status, issuetype, assignee, reporter, created, updated, key"))
                .containsExactly("OPS-1", "OPS-2");
        assertThat(error("project = OPS ORDER BY status, issuetype, assignee, reporter, created, updated, key, due"))
                .isEqualTo("The ORDER BY clause names 8 fields but can name at most 7.");
    }

    @Test
    void unknownOrUnsortableSortFields() {
        assertThat(error("project = OPS ORDER BY foo")).isEqualTo(
                "Field 'foo' does not exist or you do not have permission to view it.");
        assertThat(error("project = OPS ORDER BY labels")).isEqualTo("Field 'labels' does not support sorting.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "ORDER BY key DESC", "order by created", "\n"})
    void emptyOrOrderOnlyQueriesAreUnbounded(String jql) {
        JqlQuery query = JqlParser.parse(jql);
        assertThat(query.isBounded()).isFalse();
        assertThat(JqlFixture.ISSUES.stream().filter(query.where(context()))).hasSize(10);
    }

    @Test
    void anyRestrictionMakesAQueryBounded() {
        assertThat(JqlParser.parse(null).isBounded()).isFalse();
        assertThat(JqlParser.parse("project = WEB").isBounded()).isTrue();
        assertThat(JqlParser.parse("assignee is EMPTY ORDER BY key").isBounded()).isTrue();
    }
}
