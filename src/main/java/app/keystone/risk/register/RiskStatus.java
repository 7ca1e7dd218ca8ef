package app.keystone.risk.register;

enum RiskStatus {
    OPEN, CLOSED
}
