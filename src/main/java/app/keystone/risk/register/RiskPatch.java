package app.keystone.risk.register;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Body of {@code PATCH /api/risks/{riskId}}, JSON merge-patch: an absent field is left alone ({@code null} here), an
 * explicit {@code null} clears it ({@code Optional.empty()}). Lists are replaced whole.
 */
@Schema(description = "JSON merge-patch: absent = unchanged, null = cleared")
record RiskPatch(
        Optional<String> title, Optional<String> description, Optional<String> category,
        Optional<Integer> probability, Optional<Integer> impact,
        Optional<Integer> residualProbability, Optional<Integer> residualImpact,
        Optional<Roam> roam, Optional<RiskStatus> status, Optional<String> ownerAccountId,
        Optional<String> mitigation, Optional<String> contingency, Optional<String> trigger,
        Optional<LocalDate> reviewDate, Optional<LocalDate> dueDate, Optional<Proximity> proximity,
        Optional<List<String>> programIds, Optional<List<String>> projectKeys, Optional<List<String>> issueIds) {

    /** Jackson gives absent and null record components alike as {@code Optional.empty()}: drop what was not sent. */
    RiskPatch onlySent(Set<String> s) {
        return new RiskPatch(sent(s, "title", title), sent(s, "description", description),
                sent(s, "category", category), sent(s, "probability", probability), sent(s, "impact", impact),
                sent(s, "residualProbability", residualProbability), sent(s, "residualImpact", residualImpact),
                sent(s, "roam", roam), sent(s, "status", status), sent(s, "ownerAccountId", ownerAccountId),
                sent(s, "mitigation", mitigation), sent(s, "contingency", contingency), sent(s, "trigger", trigger),
                sent(s, "reviewDate", reviewDate), sent(s, "dueDate", dueDate), sent(s, "proximity", proximity),
                sent(s, "programIds", programIds), sent(s, "projectKeys", projectKeys), sent(s, "issueIds", issueIds));
    }

    private static <T> Optional<T> sent(Set<String> sent, String field, Optional<T> value) {
        return sent.contains(field) ? value : null;
    }
}
