package app.keystone.risk.register;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A risk's editable state, valid once built by {@link RiskInput}. Lists are distinct and sorted. */
record RiskState(String title, String description, String category, int probability, int impact,
                 Integer residualProbability, Integer residualImpact, Roam roam, RiskStatus status,
                 String ownerAccountId, String mitigation, String contingency, String trigger, LocalDate reviewDate,
                 LocalDate dueDate, Proximity proximity, List<UUID> programIds, List<String> projectKeys,
                 List<Long> issueIds) {

    int score() {
        return RiskRules.score(probability, impact);
    }

    Integer residualScore() {
        return residualProbability == null || residualImpact == null ? null
                : RiskRules.score(residualProbability, residualImpact);
    }

    /** What the risk exposes the work to now: the residual score once assessed, else the inherent one. */
    int exposure() {
        Integer residual = residualScore();
        return residual == null ? score() : residual;
    }

    boolean open() {
        return status == RiskStatus.OPEN;
    }

    RiskState withIssues(List<Long> issues) {
        return new RiskState(title, description, category, probability, impact, residualProbability,
                residualImpact, roam, status, ownerAccountId, mitigation, contingency, trigger, reviewDate, dueDate,
                proximity, programIds, projectKeys, issues.stream().distinct().sorted().toList());
    }

    /** Field name (as the API spells it) to its value as history text; the order history entries are written in. */
    Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("description", description);
        f.put("category", category);
        f.put("probability", String.valueOf(probability));
        f.put("impact", String.valueOf(impact));
        f.put("residualProbability", text(residualProbability));
        f.put("residualImpact", text(residualImpact));
        f.put("roam", roam.name());
        f.put("status", status.name());
        f.put("ownerAccountId", ownerAccountId);
        f.put("mitigation", mitigation);
        f.put("contingency", contingency);
        f.put("trigger", trigger);
        f.put("reviewDate", text(reviewDate));
        f.put("dueDate", text(dueDate));
        f.put("proximity", text(proximity));
        f.put("programIds", list(programIds));
        f.put("projectKeys", list(projectKeys));
        f.put("issueIds", list(issueIds));
        return f;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String list(List<?> values) {
        return values.isEmpty() ? null : values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }
}
