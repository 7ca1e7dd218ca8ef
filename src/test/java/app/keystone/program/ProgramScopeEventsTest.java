package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import app.keystone.shared.TenantId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scope edits publish ProgramScopeChanged (committed) and growth asks Jira sync to read; other edits do neither. Target
 * date edits publish ProgramPlanChanged.
 */
class ProgramScopeEventsTest extends ProgramTestSupport {

    private UUID id;
    private String path;

    @BeforeEach
    void aProgram() {
        mirrored(acmeTenant, 10001, "WEB-1");
        mirrored(acmeTenant, 10002, "WEB-2");
        id = UUID.fromString(create(program("Checkout", "WEB", "MOB")).path("id").asText());
        path = "/api/programs/" + id;
    }

    private void expectScopeChange(boolean deleted, boolean grew) {
        assertThat(scopeEvents.events).containsExactly(new ProgramScopeChanged(new TenantId(acmeTenant), id, deleted));
        verify(jiraSync, grew ? times(1) : never()).scopeGrew(new TenantId(acmeTenant));
        scopeEvents.clear();
        clearInvocations(jiraSync);
    }

    private void expectNoScopeChange() {
        assertThat(scopeEvents.events).isEmpty();
        verify(jiraSync, never()).scopeGrew(any());
    }

    @Test
    void createPublishesAndAsksForARead() {
        expectScopeChange(false, true);
    }

    @Test
    void editsOutsideTheScopePublishNothing() {
        scopeEvents.clear();
        clearInvocations(jiraSync);
        assertThat(patch(path, Map.of("name", "Checkout 2", "description", "d", "targetDate", "2027-01-01",
                "statusOverride", Map.of("status", "GREEN", "reason", "fine"),
                "milestones", List.of(Map.of("name", "M", "date", "2026-12-01", "issueKeys", List.of("WEB-1")))))
                .status()).isEqualTo(200);
        assertThat(patch(path, Map.of("projectKeys", List.of("WEB", "MOB", "WEB"))).status()).isEqualTo(200);
        expectNoScopeChange();
    }

    @Test
    void scopeEditsPublishAndGrowthAsksForARead() {
        clearInvocations(jiraSync);
        scopeEvents.clear();
        patch(path, Map.of("projectKeys", List.of("WEB", "MOB", "OPS")));
        expectScopeChange(false, true);
        patch(path, Map.of("projectKeys", List.of("WEB")));
        expectScopeChange(false, false);
        patch(path, Map.of("rootIssueKeys", List.of("WEB-2")));
        expectScopeChange(false, true);
        patch(path, Map.of("filter", Map.of("labels", List.of("q4"))));
        expectScopeChange(false, false);
        assertThat(delete(path).status()).isEqualTo(204);
        expectScopeChange(true, false);
    }

    @Test
    void rejectedEditsPublishNothing() {
        scopeEvents.clear();
        clearInvocations(jiraSync);
        create(program("Payments", "PAY"));
        scopeEvents.clear();
        clearInvocations(jiraSync);

        assertThat(patch(path, Map.of("projectKeys", List.of("OPS"), "name", "payments")).status()).isEqualTo(409);
        assertThat(patch(path, Map.of("projectKeys", List.of("OPS"), "rootIssueKeys", List.of("WEB-99"))).status())
                .isEqualTo(400);
        assertThat(call("PATCH", path, token, Map.of("projectKeys", List.of("OPS")), Map.of("If-Match", "\"7\""))
                .status()).isEqualTo(412);
        expectNoScopeChange();
    }

    @Test
    void targetDateEditsPublishThePlanChange() {
        TenantId acme = new TenantId(acmeTenant);
        LocalDate january = LocalDate.parse("2027-01-01");
        LocalDate march = LocalDate.parse("2027-03-01");
        assertThat(scopeEvents.plans).as("a new program has no members to judge yet").isEmpty();
        scopeEvents.clear();

        assertThat(patch(path, Map.of("targetDate", "2027-03-01")).status()).isEqualTo(200);
        assertThat(patch(path, Map.of("targetDate", "2027-01-01", "name", "Checkout 2")).status()).isEqualTo(200);
        assertThat(patch(path, Map.of("targetDate", "2027-03-01")).status()).isEqualTo(200);
        assertThat(patch(path, Map.of("targetDate", "2027-03-01", "description", "same date")).status()).isEqualTo(200);
        Map<String, Object> cleared = new HashMap<>();
        cleared.put("targetDate", null);
        assertThat(patch(path, cleared).status()).isEqualTo(200);
        assertThat(call("PATCH", path, token, Map.of("targetDate", "2026-12-01"), Map.of("If-Match", "\"1\""))
                .status()).as("a rejected edit").isEqualTo(412);

        assertThat(scopeEvents.plans).containsExactly(
                new ProgramPlanChanged(acme, id, null, march),
                new ProgramPlanChanged(acme, id, march, january),
                new ProgramPlanChanged(acme, id, january, march),
                new ProgramPlanChanged(acme, id, march, null));
        assertThat(scopeEvents.plans).extracting(ProgramPlanChanged::movedEarlier)
                .containsExactly(true, true, false, false);
        assertThat(scopeEvents.events).as("no scope change").isEmpty();
    }
}
