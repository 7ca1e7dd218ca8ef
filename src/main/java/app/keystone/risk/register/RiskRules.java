package app.keystone.risk.register;

import app.keystone.shared.FieldErrors;

/**
 * Scoring and the rules that tie ROAM to status. RESOLVED is the only disposition of a CLOSED risk and a RESOLVED
 * risk is always CLOSED. When a request sets only one of the two, the other follows it (roam RESOLVED closes the
 * risk, any other roam reopens it; status CLOSED resolves it, reopening a closed risk makes it OWNED); setting both
 * to contradicting values is an error. An OWNED risk has an owner; a MITIGATED risk has a mitigation plan and a
 * residual assessment; residual probability and impact come together and never exceed the inherent ones.
 */
final class RiskRules {

    private RiskRules() {
    }

    static int score(int probability, int impact) {
        return probability * impact;
    }

    /** The roam and status a change ends with: {@code sentRoam}/{@code sentStatus} are null when not sent. */
    static Roam roam(Roam current, RiskStatus currentStatus, Roam sentRoam, RiskStatus sentStatus) {
        if (sentRoam != null) {
            return sentRoam;
        }
        if (sentStatus == null || sentStatus == currentStatus) {
            return current;
        }
        return sentStatus == RiskStatus.CLOSED ? Roam.RESOLVED : Roam.OWNED;
    }

    static RiskStatus status(Roam roam, RiskStatus sentStatus, FieldErrors errors) {
        RiskStatus implied = roam == Roam.RESOLVED ? RiskStatus.CLOSED : RiskStatus.OPEN;
        if (sentStatus != null && sentStatus != implied) {
            errors.add("status", sentStatus == RiskStatus.CLOSED
                    ? "a CLOSED risk must have roam RESOLVED" : "a RESOLVED risk is CLOSED");
        }
        return implied;
    }

    /** Rules across fields, judged on the resulting risk so a PATCH cannot leave it inconsistent. */
    static void check(RiskState s, FieldErrors errors) {
        // a residual value out of range is reported already: the pair rules would only repeat it
        if (!errors.has("residualProbability") && !errors.has("residualImpact") && !errors.has("probability")
                && !errors.has("impact")) {
            residual(s, errors);
        }
        disposition(s, errors);
    }

    private static void residual(RiskState s, FieldErrors errors) {
        if ((s.residualProbability() == null) != (s.residualImpact() == null)) {
            errors.add(s.residualProbability() == null ? "residualProbability" : "residualImpact",
                    "residual probability and impact are assessed together");
        }
        if (s.residualProbability() != null && s.residualProbability() > s.probability()) {
            errors.add("residualProbability", "must not exceed probability (" + s.probability() + ")");
        }
        if (s.residualImpact() != null && s.residualImpact() > s.impact()) {
            errors.add("residualImpact", "must not exceed impact (" + s.impact() + ")");
        }
    }

    private static void disposition(RiskState s, FieldErrors errors) {
        if (s.roam() == Roam.OWNED && s.ownerAccountId() == null && !errors.has("ownerAccountId")) {
            errors.add("ownerAccountId", "an OWNED risk needs an owner");
        }
        if (s.roam() == Roam.MITIGATED) {
            if (s.mitigation() == null && !errors.has("mitigation")) {
                errors.add("mitigation", "a MITIGATED risk needs its mitigation plan");
            }
            if (s.residualScore() == null && !errors.has("residualProbability") && !errors.has("residualImpact")) {
                errors.add("residualProbability", "a MITIGATED risk needs its residual probability and impact");
            }
        }
    }
}
