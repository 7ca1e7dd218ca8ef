package app.keystone.risk.register;

/** How serious a score is on the tenant's matrix; {@code rank} orders them (1 = LOW) for JQL range queries. */
enum Level {
    LOW, MEDIUM, HIGH, CRITICAL;

    int rank() {
        return ordinal() + 1;
    }
}
