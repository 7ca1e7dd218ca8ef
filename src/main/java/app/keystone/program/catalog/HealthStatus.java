package app.keystone.program.catalog;

/** The traffic-light status a program owner may impose over the computed health. */
enum HealthStatus {
    GREEN, AMBER, RED
}
