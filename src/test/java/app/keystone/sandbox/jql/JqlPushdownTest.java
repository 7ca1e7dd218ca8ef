package app.keystone.sandbox.jql;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.sandbox.jql.JqlQuery.SeekOrder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a store may do before the JQL is evaluated: narrow to the projects a top-level project clause names (a
 * necessary condition, never a sufficient one) and page by position for key order and the default order.
 */
class JqlPushdownTest {

    @Test
    void topLevelProjectClausesRestrict() {
        assertThat(restrictions("project = WEB ORDER BY key")).containsExactly(Set.of("web"));
        assertThat(restrictions("project in (WEB, \"Mobile app\", 10002) AND status = Done"))
                .containsExactly(Set.of("web", "mobile app", "10002"));
        assertThat(restrictions("labels = x AND (project = WEB AND project in (WEB, PAY))"))
                .containsExactly(Set.of("web"), Set.of("web", "pay"));
    }

    @Test
    void negatedOrAlternativeProjectClausesDoNot() {
        assertThat(restrictions("project != WEB")).isEmpty();
        assertThat(restrictions("NOT project = WEB")).isEmpty();
        assertThat(restrictions("project not in (WEB)")).isEmpty();
        assertThat(restrictions("project = WEB OR labels = x")).isEmpty();
        assertThat(restrictions("statusCategory = Done")).isEmpty();
    }

    @Test
    void keyOrdersAndTheDefaultOrderCanBePagedByPosition() {
        assertThat(seek("project = WEB")).contains(SeekOrder.NEWEST_FIRST);
        assertThat(seek("project = WEB ORDER BY key ASC")).contains(SeekOrder.KEY_ASC);
        assertThat(seek("project = WEB order by issuekey")).contains(SeekOrder.KEY_ASC);
        assertThat(seek("project = WEB ORDER BY id DESC")).contains(SeekOrder.KEY_DESC);
        assertThat(seek("project = WEB ORDER BY rank")).contains(SeekOrder.KEY_ASC);
        assertThat(seek("project = WEB ORDER BY updated")).isEmpty();
        assertThat(seek("project = WEB ORDER BY key, updated")).isEmpty();
    }

    private static List<Set<String>> restrictions(String jql) {
        return JqlParser.parse(jql).projectRestrictions();
    }

    private static Optional<SeekOrder> seek(String jql) {
        return JqlParser.parse(jql).seekOrder();
    }
}
