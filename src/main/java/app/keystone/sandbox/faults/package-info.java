/**
 * Fault switches for the simulated site's REST API (429 with Jira's rate-limit headers, 500/503, slow
 * answers), set through {@code /sandbox/api/faults} or the {@link app.keystone.sandbox.faults.SandboxFaults} bean.
 */
package app.keystone.sandbox.faults;
