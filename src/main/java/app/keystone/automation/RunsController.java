package app.keystone.automation;

import app.keystone.shared.FieldErrors;
import app.keystone.shared.InputRules;
import app.keystone.shared.TenantContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/automation/runs}: the run log, newest first, filtered and paged by an opaque cursor. */
@RestController
@Tag(name = "Automation")
class RunsController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final RunLog runs;

    RunsController(RunLog runs) {
        this.runs = runs;
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record RunPage(List<RunLog.Run> items, String nextCursor) {
    }

    @GetMapping("/api/automation/runs")
    @Operation(summary = "Rule runs, newest first: what triggered each, what it did or why it did nothing")
    RunPage list(TenantContext tenant, @RequestParam(required = false) String ruleKey,
                 @RequestParam(required = false) String outcome, @RequestParam(required = false) String issueKey,
                 @RequestParam(required = false) String cursor, @RequestParam(required = false) String limit) {
        FieldErrors errors = new FieldErrors();
        if (ruleKey != null && !ruleKeys().contains(ruleKey)) {
            errors.add("ruleKey", "must be one of " + String.join(", ", ruleKeys()));
        }
        Outcome wanted = null;
        if (outcome != null) {
            try {
                wanted = Outcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                errors.add("outcome", "must be one of ACTED, DRY_RUN, SKIPPED, FAILED");
            }
        }
        if (issueKey != null && !InputRules.ISSUE_KEY.matcher(issueKey).matches()) {
            errors.add("issueKey", "is not a Jira issue key (e.g. WEB-12)");
        }
        Long before = null;
        if (cursor != null) {
            if (!cursor.matches("[1-9][0-9]{0,17}")) {
                errors.add("cursor", "is not a cursor this API returned");
            } else {
                before = Long.parseLong(cursor);
            }
        }
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            if (!limit.matches("[0-9]{1,4}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
                errors.add("limit", "must be 1.." + MAX_LIMIT);
            } else {
                size = Integer.parseInt(limit);
            }
        }
        errors.throwIfAny();
        List<RunLog.Run> page = runs.page(tenant.tenantId(), new RunLog.Filter(ruleKey, wanted, issueKey, before, size));
        boolean more = page.size() > size;
        List<RunLog.Run> items = more ? page.subList(0, size) : page;
        return new RunPage(items, more ? Long.toString(items.get(items.size() - 1).id()) : null);
    }

    /** The keys runs are logged under: the rule types and the inbound endpoint's kinds. */
    static Set<String> ruleKeys() {
        Set<String> keys = new java.util.TreeSet<>();
        for (RuleType t : RuleType.values()) {
            keys.add(t.key());
        }
        keys.addAll(Inbound.RUN_KEYS);
        return keys;
    }
}
