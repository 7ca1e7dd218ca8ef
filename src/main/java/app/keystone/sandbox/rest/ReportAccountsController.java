package app.keystone.sandbox.rest;

import app.keystone.sandbox.SandboxProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /app/report-accounts/} (personal data reporting API, as the app only): body
 * {@code {"accounts":[{"accountId","updatedAt"}]}}, at most 90; answers 200 {@code {"accounts":[{"accountId",
 * "status"}]}} for the accounts that need action, 204 when none does; {@code Cycle-Period} names the cycle in
 * seconds. The shell switches answers at {@code /sandbox/api/privacy/accounts/{accountId}}.
 */
@RestController
@SandboxProfile
class ReportAccountsController {

    private static final int MAX_ACCOUNTS = 90;
    private static final String CYCLE_SECONDS = "604800";

    private final AccountReports reports;
    private final JiraJson j;

    ReportAccountsController(AccountReports reports, JiraJson j) {
        this.reports = reports;
        this.j = j;
    }

    @PostMapping({RestAuthFilter.SITE_PATH + "/app/report-accounts/", RestAuthFilter.SITE_PATH + "/app/report-accounts"})
    ResponseEntity<ObjectNode> report(@RequestBody(required = false) JsonNode body, Caller caller) {
        if (!caller.isApp()) {
            throw JiraError.forbidden("Only apps may report accounts.");
        }
        JsonNode accounts = body == null ? null : body.get("accounts");
        if (accounts == null || !accounts.isArray() || accounts.size() > MAX_ACCOUNTS) {
            throw JiraError.badRequest("accounts must be an array of at most " + MAX_ACCOUNTS + " entries.");
        }
        ArrayNode answer = j.array();
        List<String> call = new ArrayList<>();
        for (JsonNode a : accounts) {
            String accountId = a.path("accountId").asText("");
            Instant updatedAt;
            try {
                updatedAt = Instant.parse(a.path("updatedAt").asText(""));
            } catch (DateTimeParseException e) {
                throw JiraError.badRequest("updatedAt must be an ISO-8601 instant.");
            }
            if (accountId.isEmpty()) {
                throw JiraError.badRequest("accountId is required.");
            }
            AccountReports.Status status = reports.report(accountId, updatedAt, call);
            if (status != null) {
                answer.add(j.object().put("accountId", accountId).put("status", status.name()));
            }
        }
        reports.record(call);
        if (answer.isEmpty()) {
            return ResponseEntity.noContent().header("Cycle-Period", CYCLE_SECONDS).build();
        }
        ObjectNode result = j.object();
        result.set("accounts", answer);
        return ResponseEntity.ok().header("Cycle-Period", CYCLE_SECONDS).body(result);
    }

    /** The shell's switch: {@code {"status":"closed"|"updated"}}; DELETE answers nothing again. */
    @PutMapping("/sandbox/api/privacy/accounts/{accountId}")
    ResponseEntity<Void> answer(@PathVariable String accountId, @RequestBody JsonNode body) {
        String status = body == null ? "" : body.path("status").asText("");
        if (!status.equals("closed") && !status.equals("updated")) {
            return ResponseEntity.badRequest().build();
        }
        reports.answer(accountId, AccountReports.Status.valueOf(status));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/sandbox/api/privacy/accounts/{accountId}")
    ResponseEntity<Void> clear(@PathVariable String accountId) {
        reports.clear(accountId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sandbox/api/privacy/reports")
    List<List<String>> received() {
        return reports.received();
    }
}
