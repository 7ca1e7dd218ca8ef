package app.keystone.raci;

import app.keystone.shared.KeystoneProblem;

/** Someone saved this scope's RACI after the caller read it. */
class RaciVersionMismatch extends KeystoneProblem {

    RaciVersionMismatch(long current) {
        super(412, "RACI_VERSION_MISMATCH", "RACI changed meanwhile",
                "Someone else saved this RACI (now version " + current + "); reload and try again.");
    }
}
