/**
 * Stakeholder RACI per program, epic and issue, inherited down the hierarchy. Built by issue 7; empty
 * until then.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jira", "program"})
package app.keystone.raci;
