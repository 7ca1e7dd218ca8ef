/**
 * The sandbox: a simulated Jira Cloud site that ships with Keystone (profile {@code sandbox} only). It
 * installs Keystone the way Jira does (signed install, key server by kid), holds Jira data in its own
 * {@code sandbox_*} tables, serves the Jira REST subset Keystone calls, sends webhooks, and hosts a
 * Jira-like shell that embeds Keystone's views. It talks to Keystone only over HTTP, never through
 * Keystone's classes, so it behaves like the real thing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.keystone.sandbox;
