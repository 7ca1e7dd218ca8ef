package app.keystone.risk.register;

/** ROAM disposition. RESOLVED is the only closed one: see {@link RiskRules}. */
enum Roam {
    OWNED, ACCEPTED, MITIGATED, RESOLVED
}
