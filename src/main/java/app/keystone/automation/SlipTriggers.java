package app.keystone.automation;

import app.keystone.jira.IssueChanged;
import app.keystone.jira.IssuesChanged;
import app.keystone.program.ProgramPlanChanged;
import app.keystone.program.Programs;
import app.keystone.risk.Risks;
import app.keystone.shared.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Triggers of *Slip → re-score*. A due-date change is seen inside the mirror's transaction, a program's target date
 * set or moved earlier inside the program edit's transaction (each trigger commits with its cause); what no event
 * shows — an issue becoming overdue by the passage of time, a risk linked to an issue already late — is found by
 * {@link SlipCheck}. All name the slip the same way — risk, issue and the due date that slipped, not what made it a
 * slip — so a due date re-scores a risk once, however often and by whichever path it is seen.
 */
@Component
class SlipTriggers {

    private final RuleSettings settings;
    private final TriggerOutbox outbox;
    private final Programs programs;
    private final Risks risks;
    private final JdbcClient db;
    private final ObjectMapper json;

    SlipTriggers(RuleSettings settings, TriggerOutbox outbox, Programs programs, Risks risks, JdbcClient db,
                 ObjectMapper json) {
        this.settings = settings;
        this.outbox = outbox;
        this.programs = programs;
        this.risks = risks;
        this.db = db;
        this.json = json;
    }

    /** A page of changes: each as if alone (a page of created issues returns at once). */
    @EventListener
    void issuesChanged(IssuesChanged e) {
        e.changes().forEach(this::issueChanged);
    }

    @EventListener
    void issueChanged(IssueChanged e) {
        if (e.created() || !e.changedFields().contains("dueDate")
                || !settings.get(e.tenant(), RuleType.SLIP_RESCORE).enabled()) {
            return;
        }
        queue(e.tenant(), e.issueId());
    }

    /** A tighter target makes late those of the program's issues (as last computed) due after it. */
    @EventListener
    void planChanged(ProgramPlanChanged e) {
        if (!e.movedEarlier() || !settings.get(e.tenant(), RuleType.SLIP_RESCORE).enabled()) {
            return;
        }
        Set<Long> members = programs.members(e.tenant(), e.programId(), risks.issuesWithOpenRisks(e.tenant()));
        if (members.isEmpty()) {
            return;
        }
        db.sql("""
                select issue_id from jira_issue
                where tenant_id = :t and issue_id = any(cast(:ids as bigint[])) and deleted_at is null
                  and due_date > :target and coalesce(status_category, '') <> 'done' order by issue_id""")
                .param("t", e.tenant().value()).param("ids", members.toArray(Long[]::new))
                .param("target", e.newTarget()).query(Long.class).list()
                .forEach(issue -> queue(e.tenant(), issue));
    }

    private record Issue(String key, LocalDate due, boolean done) {
    }

    /** Queues a trigger per open risk of the issue when its due date is a slip not seen before; @return how many */
    int queue(TenantId tenant, long issueId) {
        Issue issue = db.sql("""
                select issue_key, due_date, coalesce(status_category, '') = 'done' from jira_issue
                where tenant_id = :t and issue_id = :i and deleted_at is null""")
                .param("t", tenant.value()).param("i", issueId)
                .query((rs, n) -> new Issue(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)))
                .optional().orElse(null);
        if (issue == null || issue.due() == null || issue.done()) {
            return 0;
        }
        String why = slip(tenant, issueId, issue.due());
        if (why == null) {
            return 0;
        }
        int queued = 0;
        for (Risks.OpenRisk risk : risks.openRisksOf(tenant, issueId)) {
            String firingKey = "slip:" + risk.id() + "/" + issueId + "@" + issue.due();
            if (outbox.known(tenant, RuleType.SLIP_RESCORE, firingKey)) {
                continue; // this slip already re-scored the risk, or is about to
            }
            ObjectNode payload = json.createObjectNode().put("due", issue.due().toString()).put("title", risk.title())
                    .put("why", why);
            outbox.add(tenant, RuleType.SLIP_RESCORE, firingKey, issue.key() + " " + why + " (risk \"" + risk.title()
                    + "\")", issueId, issue.key(), risk.id(), payload);
            queued++;
        }
        return queued;
    }

    /** Why a due date is a slip, or null: past a program's target date, or before today. */
    private String slip(TenantId tenant, long issueId, LocalDate due) {
        List<String> why = new ArrayList<>();
        programs.plansOf(tenant, issueId).stream()
                .filter(p -> p.targetDate() != null && due.isAfter(p.targetDate()))
                .forEach(p -> why.add("is due " + due + ", after the target date " + p.targetDate() + " of program "
                        + p.name()));
        if (due.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            why.add("is overdue (due " + due + ")");
        }
        return why.isEmpty() ? null : String.join(" and ", why);
    }
}
