/**
 * Programs: named scopes over Jira projects and root issues, with rollups, burn-up, forecast and health.
 * Built by issue 5; empty until then.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jira"})
package app.keystone.program;
