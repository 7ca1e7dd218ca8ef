package app.keystone.risk;

/**
 * What another module (the automation's inbound endpoint, a rule) says a risk should be. Checked like the API's
 * input: 400 VALIDATION_FAILED naming {@code title}, {@code probability}, {@code impact} or {@code ownerAccountId}.
 * A null description or owner leaves the current one on update.
 */
public record RiskDraft(String title, String description, Integer probability, Integer impact,
                        String ownerAccountId) {
}
