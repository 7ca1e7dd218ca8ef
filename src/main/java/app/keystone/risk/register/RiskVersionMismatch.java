package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;

/** The caller's If-Match names a version someone else has already replaced. */
class RiskVersionMismatch extends KeystoneProblem {

    RiskVersionMismatch(long current) {
        super(412, "RISK_VERSION_MISMATCH", "Risk changed meanwhile",
                "The risk is now at version " + current + "; reload it and apply the change again.");
    }
}
