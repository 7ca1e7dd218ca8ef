package app.keystone.risk.register;

import java.util.List;

/**
 * A site's scoring matrix: a score (probability x impact, 1..25) is CRITICAL from {@code criticalFrom}, HIGH from
 * {@code highFrom}, MEDIUM from {@code mediumFrom}, else LOW; plus the site's risk categories.
 */
record RiskMatrix(int mediumFrom, int highFrom, int criticalFrom, List<String> categories, long version) {

    static final RiskMatrix DEFAULT = new RiskMatrix(5, 10, 15,
            List.of("technical", "schedule", "resource", "security", "compliance", "vendor", "cost"), 0);

    Level level(int score) {
        return score >= criticalFrom ? Level.CRITICAL
                : score >= highFrom ? Level.HIGH
                : score >= mediumFrom ? Level.MEDIUM
                : Level.LOW;
    }

    Level level(Integer score) {
        return score == null ? null : level(score.intValue());
    }

    /** The lowest score of a level. */
    int from(Level level) {
        return switch (level) {
            case LOW -> 1;
            case MEDIUM -> mediumFrom;
            case HIGH -> highFrom;
            case CRITICAL -> criticalFrom;
        };
    }

    /** The highest score of a level. */
    int to(Level level) {
        return switch (level) {
            case LOW -> mediumFrom - 1;
            case MEDIUM -> highFrom - 1;
            case HIGH -> criticalFrom - 1;
            case CRITICAL -> 25;
        };
    }

    /** The site's spelling of a category, matched case-insensitively; null when the site has no such category. */
    String category(String name) {
        return categories.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
