/**
 * Everything that talks to Jira: webhook intake (verify, deduplicate, persist, acknowledge), and later
 * the REST client, issue mirror, backfill and reconcile. Publishes what changed for the domain modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "connect"})
package app.keystone.jira;
