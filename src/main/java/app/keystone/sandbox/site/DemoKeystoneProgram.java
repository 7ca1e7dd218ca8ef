package app.keystone.sandbox.site;

import app.keystone.sandbox.SandboxProfile;
import app.keystone.sandbox.auth.JiraTokens;
import app.keystone.sandbox.data.DemoUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The demo's TPM sets up the "Checkout 2.0 launch" program in Keystone right after the install — through Keystone's
 * API with the context token a view of hers would get, exactly as she would from the Program page — so the shell
 * opens on rollups rather than an empty state. Skipped when the program exists; a failure only costs the demo.
 */
@Component
@SandboxProfile
class DemoKeystoneProgram {

    static final String NAME = "Checkout 2.0 launch";
    private static final Logger log = LoggerFactory.getLogger(DemoKeystoneProgram.class);

    private final JiraTokens tokens = new JiraTokens(Clock.systemUTC());
    private final RestClient http = RestClient.create();

    void ensure(SandboxSite site, String sharedSecret) {
        String token = "JWT " + tokens.contextToken(sharedSecret, site.clientKey(), DemoUsers.accountId(DemoUsers.ADMIN));
        try {
            JsonNode existing = http.get().uri(UriComponentsBuilder.fromUriString(site.appUrl() + "/api/programs")
                            .queryParam("q", NAME).build().toUri())
                    .header("Authorization", token).retrieve().body(JsonNode.class);
            for (JsonNode p : existing.path("items")) {
                if (NAME.equals(p.path("name").asText())) {
                    return;
                }
            }
            LocalDate today = LocalDate.now(Clock.systemUTC());
            Map<String, Object> program = new LinkedHashMap<>();
            program.put("name", NAME);
            program.put("description", "Launch the new checkout on web and mobile with the payments platform behind it.");
            program.put("projectKeys", List.of("WEB", "MOB", "PAY", "PLAT"));
            program.put("ownerAccountId", DemoUsers.accountId(DemoUsers.ADMIN));
            program.put("startDate", today.minusWeeks(4).toString());
            program.put("targetDate", today.plusWeeks(8).toString());
            http.post().uri(site.appUrl() + "/api/programs").header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON).body(program).retrieve().toBodilessEntity();
            log.info("Sandbox demo: created the program '{}' in Keystone", NAME);
        } catch (RestClientException e) {
            log.warn("Sandbox demo: could not set up the program '{}' in Keystone: {}", NAME, e.getMessage());
        }
    }
}
