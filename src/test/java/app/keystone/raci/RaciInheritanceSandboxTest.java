package app.keystone.raci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inheritance over a deep, cross-project hierarchy (initiative in one project, epic in another, story and
 * sub-task in a third), with per-role overrides, up to the program; re-parenting in the site (webhooks into the
 * mirror) changes what is inherited.
 */
class RaciInheritanceSandboxTest extends RaciSandboxSupport {

    @Test
    void effectiveRaciComesFromTheNearestScopePerRoleAcrossProjectsAndFollowsReparenting() {
        String top = project();
        String mid = project();
        String low = project();
        long initiative = create(top, "Initiative", "Checkout 2.0", null);
        long epic = create(mid, "Epic", "Payment page", initiative);
        long otherEpic = create(mid, "Epic", "Wallets", initiative);
        long story = create(low, "Story", "Card form", epic);
        long subtask = create(low, "Sub-task", "Validate CVC", story);
        String program = program("RACI inheritance", List.of(initiative), top);

        assertThat(put("program/" + program, body("A|" + PRIYA + "|signs off", "R|" + TOMAS, "C|" + HANNAH))
                .status()).isEqualTo(200);
        // nothing assigned below the program: the whole chain inherits it through the initiative's membership
        JsonNode sub = get("issue/" + subtask, PRIYA);
        assertThat(effective(sub, "A")).containsExactly(PRIYA + "@program:" + program);
        assertThat(effective(sub, "C")).containsExactly(HANNAH + "@program:" + program);
        assertThat(sub.path("effective").path("A").get(0).path("inherited").asBoolean()).isTrue();
        assertThat(sub.path("effective").path("A").get(0).path("note").asText()).isEqualTo("signs off");
        assertThat(sub.path("own")).isEmpty();

        // the epic overrides A only; R and C still come from the program
        assertThat(put("issue/" + epic, body("A|" + KWAME)).status()).isEqualTo(200);
        JsonNode s = get("issue/" + story, PRIYA);
        assertThat(effective(s, "A")).containsExactly(KWAME + "@issue:" + epic);
        assertThat(effective(s, "R")).containsExactly(TOMAS + "@program:" + program);
        assertThat(s.path("effective").path("A").get(0).path("fromScope").path("key").asText()).isEqualTo(key(epic));

        // the story overrides R (two people); the sub-task takes R from the story, A from the epic
        assertThat(put("issue/" + story, body("R|" + YUKI, "R|" + LENA, "I|" + AISHA)).status()).isEqualTo(200);
        sub = get("issue/" + subtask, PRIYA);
        assertThat(effective(sub, "A")).containsExactly(KWAME + "@issue:" + epic);
        assertThat(effective(sub, "R")).containsExactlyInAnyOrder(YUKI + "@issue:" + story, LENA + "@issue:" + story);
        assertThat(effective(sub, "I")).containsExactly(AISHA + "@issue:" + story);
        assertThat(effective(sub, "C")).containsExactly(HANNAH + "@program:" + program);

        // the story's own view: own R/I, and what it inherits with the overridden roles marked
        s = get("issue/" + story, PRIYA);
        assertThat(s.path("own")).extracting(a -> a.path("role").asText() + ":" + a.path("accountId").asText())
                .containsExactlyInAnyOrder("R:" + YUKI, "R:" + LENA, "I:" + AISHA);
        assertThat(s.path("inherited")).anySatisfy(a -> {
            assertThat(a.path("role").asText()).isEqualTo("R");
            assertThat(a.path("accountId").asText()).isEqualTo(TOMAS);
            assertThat(a.path("overridden").asBoolean()).isTrue();
        });
        assertThat(s.path("own").get(0).path("person").path("displayName").asText()).isNotEmpty();

        // re-parent the story in Jira under the other epic (no own RACI): A now comes from the program again
        reparent(story, otherEpic);
        sub = get("issue/" + subtask, PRIYA);
        assertThat(effective(sub, "A")).containsExactly(PRIYA + "@program:" + program);
        assertThat(effective(sub, "R")).containsExactlyInAnyOrder(YUKI + "@issue:" + story, LENA + "@issue:" + story);
        // and back: the epic's A again
        reparent(story, epic);
        assertThat(effective(get("issue/" + subtask, PRIYA), "A")).containsExactly(KWAME + "@issue:" + epic);

        // clearing the epic's own RACI (empty list) makes it inherit everything again
        Response cleared = put("issue/" + epic, body());
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(effective(get("issue/" + subtask, PRIYA), "A")).containsExactly(PRIYA + "@program:" + program);
    }

    @Test
    void anIssueOfTwoProgramsInheritsFromBothAndAnOwnAccountableResolvesTheConflict() {
        String p = project();
        long epic = create(p, "Epic", "Shared epic", null);
        long story = create(p, "Story", "Shared story", epic);
        String first = program("RACI first", List.of(epic, story), p);
        String second = program("RACI second", List.of(epic, story), p);
        assertThat(put("program/" + first, body("A|" + PRIYA, "R|" + TOMAS)).status()).isEqualTo(200);
        assertThat(put("program/" + second, body("A|" + KWAME, "R|" + TOMAS)).status()).isEqualTo(200);

        JsonNode s = get("issue/" + story, PRIYA);
        assertThat(effective(s, "A")).containsExactlyInAnyOrder(PRIYA + "@program:" + first,
                KWAME + "@program:" + second);
        assertThat(codes(s.path("gaps"))).contains("SEVERAL_ACCOUNTABLE");

        assertThat(put("issue/" + epic, body("A|" + HANNAH)).status()).isEqualTo(200);
        s = get("issue/" + story, PRIYA);
        assertThat(effective(s, "A")).containsExactly(HANNAH + "@issue:" + epic);
        assertThat(codes(s.path("gaps"))).doesNotContain("SEVERAL_ACCOUNTABLE", "NO_ACCOUNTABLE");
    }
}
