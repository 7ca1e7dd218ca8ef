/**
 * Rules that act on Jira changes (blocked issue raises a risk, done epic informs its I's) and the
 * inbound endpoint for Jira Automation. Built by issue 8; empty until then.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jira", "program", "risk", "raci"})
package app.keystone.automation;
