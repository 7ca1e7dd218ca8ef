package app.keystone.program;

import app.keystone.jira.JiraSync;
import app.keystone.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Program API tests: an installed site "acme" with a user token, PATCH/DELETE over real HTTP, mirror rows, and
 * a record of committed {@link ProgramScopeChanged} and {@link ProgramPlanChanged} events and {@link JiraSync#scopeGrew}
 * calls.
 */
@Import(ProgramTestSupport.Recorder.class)
abstract class ProgramTestSupport extends ApiTest {

    @MockitoSpyBean
    protected JiraSync jiraSync;
    @Autowired
    protected ScopeEvents scopeEvents;

    @BeforeEach
    void clearEvents() {
        scopeEvents.clear();
    }

    /** Collects events delivered after commit, as the membership listener will see them. */
    static class ScopeEvents {
        final List<ProgramScopeChanged> events = new CopyOnWriteArrayList<>();
        final List<ProgramPlanChanged> plans = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ProgramScopeChanged event) {
            events.add(event);
        }

        @TransactionalEventListener
        void on(ProgramPlanChanged event) {
            plans.add(event);
        }

        void clear() {
            events.clear();
            plans.clear();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        ScopeEvents scopeEvents() {
            return new ScopeEvents();
        }
    }

    protected static Map<String, Object> program(String name, String... projectKeys) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("projectKeys", List.of(projectKeys));
        return body;
    }

    /** Creates a program as acme's user and returns its JSON. */
    protected JsonNode create(Map<String, Object> body) {
        Reply r = call("POST", "/api/programs", token, body, Map.of());
        if (r.status() != 201) {
            throw new AssertionError("create failed: " + r);
        }
        return r.json();
    }

}
