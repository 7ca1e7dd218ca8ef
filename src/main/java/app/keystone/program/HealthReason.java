package app.keystone.program;

/** One reason behind a program's health, with the status it argues for. Codes are stable: the UI branches on them. */
public record HealthReason(HealthStatus status, String code, String message) {

    public enum HealthStatus {
        GREEN, AMBER, RED;

        public HealthStatus worse(HealthStatus other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }
}
