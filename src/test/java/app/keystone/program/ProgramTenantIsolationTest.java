package app.keystone.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.keystone.support.FakeJiraSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another site never sees, lists, changes or deletes acme's programs, nor resolves keys in acme's mirror. */
class ProgramTenantIsolationTest extends ProgramTestSupport {

    @Test
    void anotherSiteGets404ForEverythingAndListsOnlyItsOwn() {
        JiraSite globex = new JiraSite(installed("globex"));
        JsonNode acmes = create(program("Checkout", "WEB"));
        String path = "/api/programs/" + acmes.path("id").asText();
        scopeEvents.clear();

        assertProblem(call("GET", path, globex.token, null, Map.of()), 404, "PROGRAM_NOT_FOUND");
        assertProblem(call("PATCH", path, globex.token, Map.of("projectKeys", List.of("MOB")), Map.of()), 404,
                "PROGRAM_NOT_FOUND");
        assertProblem(call("DELETE", path, globex.token, null, Map.of()), 404, "PROGRAM_NOT_FOUND");
        assertThat(scopeEvents.events).isEmpty();

        // the same name is free on another site, and each site lists only its own
        assertThat(call("POST", "/api/programs", globex.token, program("Checkout", "OPS"), Map.of()).status())
                .isEqualTo(201);
        JsonNode globexList = call("GET", "/api/programs", globex.token, null, Map.of()).json().path("items");
        assertThat(globexList.size()).isEqualTo(1);
        assertThat(globexList.get(0).path("projectKeys").toString()).isEqualTo("[\"OPS\"]");
        JsonNode acmeList = get("/api/programs").json().path("items");
        assertThat(acmeList.size()).isEqualTo(1);
        assertThat(acmeList.get(0)).isEqualTo(get(path).json());
        assertThat(get(path).json()).isEqualTo(acmes);
    }

    @Test
    void rootIssueKeysResolveOnlyInTheCallersMirror() {
        mirrored(acmeTenant, 10001, "WEB-1");
        JiraSite globex = new JiraSite(installed("globex"));

        Reply r = call("POST", "/api/programs", globex.token, Map.of("name", "P", "rootIssueKeys", List.of("WEB-1")),
                Map.of());
        assertProblem(r, 400, "VALIDATION_FAILED");
        assertThat(fields(r)).containsExactly("rootIssueKeys[0]");
        assertThat(create(Map.of("name", "P", "rootIssueKeys", List.of("WEB-1"))).path("rootIssues").size())
                .isEqualTo(1);
    }

    private record JiraSite(FakeJiraSite site, String token) {
        JiraSite(FakeJiraSite site) {
            this(site, site.contextToken("globex-user"));
        }
    }
}
