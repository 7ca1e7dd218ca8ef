/**
 * The Atlassian Connect front door: ACSB wiring (host store, lifecycle, JWT rules, error rendering),
 * Keystone's tenant record, the views Jira embeds, and the {@code TenantContext} every controller
 * receives. Connect and ACSB types stay inside this module and {@code jira}, so a Forge Remote front
 * door can be added beside it later.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package app.keystone.connect;
