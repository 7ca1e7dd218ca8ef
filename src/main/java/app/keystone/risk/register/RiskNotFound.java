package app.keystone.risk.register;

import app.keystone.shared.KeystoneProblem;

/** No such risk visible to the caller on this site — also what another site's or a hidden risk looks like. */
class RiskNotFound extends KeystoneProblem {

    RiskNotFound(Object id) {
        super(404, "RISK_NOT_FOUND", "Risk not found", "There is no risk " + id + " on this site.");
    }
}
