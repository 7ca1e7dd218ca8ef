package app.keystone.risk.register;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A risk as the API shows it. Unset fields are {@code null}, not absent. {@code exposure} is the residual score once
 * assessed, else the inherent one; levels follow the site's matrix at the time of reading.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record RiskView(UUID id, String title, String description, String category,
                int probability, int impact, int score, Level level,
                Integer residualProbability, Integer residualImpact, Integer residualScore, Level residualLevel,
                int exposure, Level exposureLevel, Roam roam, RiskStatus status, String ownerAccountId,
                String mitigation, String contingency, String trigger, LocalDate reviewDate, LocalDate dueDate,
                Proximity proximity, boolean reviewOverdue, List<ProgramRef> programs, List<String> projectKeys,
                List<IssueRef> issues, Progress mitigationProgress, String createdBy, Instant createdAt,
                Instant updatedAt, long version) {

    record ProgramRef(UUID id, String name) {
    }

    /** A linked issue as last mirrored; {@code key} and the rest are null when the issue is gone from Jira. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IssueRef(String id, String key, String summary, String statusCategory) {
    }

    /** Done share of the linked issues (the mitigation work). */
    record Progress(int total, int done) {
    }
}
