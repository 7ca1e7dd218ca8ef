package app.keystone.risk.register;

/** How soon the risk could happen: within 2 weeks, 3 months, 6 months, or later. */
enum Proximity {
    IMMEDIATE, SHORT_TERM, MEDIUM_TERM, LONG_TERM
}
