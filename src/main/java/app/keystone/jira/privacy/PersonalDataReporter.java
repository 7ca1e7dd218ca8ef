package app.keystone.jira.privacy;

import app.keystone.jira.rest.JiraClient;
import app.keystone.shared.PersonalDataHolder;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Atlassian's personal data reporting for every {@link PersonalDataHolder}: per installed site, reports the stored
 * accountIds ({@code POST /app/report-accounts/} on the site, as the app, at most 90 per call) and acts on the
 * answer — {@code closed}: every holder erases the account; {@code updated}: every holder refreshes it.
 */
@Component
public class PersonalDataReporter {

    static final int PER_CALL = 90;
    private static final Logger log = LoggerFactory.getLogger(PersonalDataReporter.class);

    private final JdbcClient db;
    private final JiraClient jira;
    private final List<PersonalDataHolder> holders;

    PersonalDataReporter(JdbcClient db, JiraClient jira, List<PersonalDataHolder> holders) {
        this.db = db;
        this.jira = jira;
        this.holders = holders;
    }

    /** One reporting cycle over every installed site; a site that fails is retried next cycle. */
    public void reportAll() {
        for (UUID id : db.sql("select id from tenant where installed").query(UUID.class).list()) {
            try {
                report(new TenantId(id));
            } catch (RuntimeException e) {
                log.warn("Personal data report for tenant {} failed: {}", id, e.getMessage());
            }
        }
    }

    /** @return how many accounts Atlassian asked Keystone to act on */
    public int report(TenantId tenant) {
        Map<String, Instant> accounts = new HashMap<>();
        for (PersonalDataHolder holder : holders) {
            holder.accounts(tenant).forEach((id, at) -> accounts.merge(id, at, (a, b) -> a.isBefore(b) ? a : b));
        }
        List<Map.Entry<String, Instant>> all = new ArrayList<>(accounts.entrySet());
        all.sort(Map.Entry.comparingByKey());
        int acted = 0;
        for (int from = 0; from < all.size(); from += PER_CALL) {
            List<Map<String, String>> batch = all.subList(from, Math.min(all.size(), from + PER_CALL)).stream()
                    .map(e -> Map.of("accountId", e.getKey(), "updatedAt", e.getValue().toString())).toList();
            JsonNode answer = jira.post(tenant, "/app/report-accounts/", Map.of("accounts", batch));
            acted += act(tenant, answer);
        }
        return acted;
    }

    private int act(TenantId tenant, JsonNode answer) {
        if (answer == null) {
            return 0; // 204: nothing to do
        }
        List<String> updated = new ArrayList<>();
        int acted = 0;
        for (JsonNode a : answer.path("accounts")) {
            String accountId = a.path("accountId").asText();
            switch (a.path("status").asText()) {
                case "closed" -> {
                    holders.forEach(h -> h.erase(tenant, accountId));
                    acted++;
                }
                case "updated" -> {
                    updated.add(accountId);
                    acted++;
                }
                default -> log.info("Unknown personal data status '{}' ignored", a.path("status").asText());
            }
        }
        if (!updated.isEmpty()) {
            holders.forEach(h -> h.refresh(tenant, updated));
        }
        return acted;
    }
}
