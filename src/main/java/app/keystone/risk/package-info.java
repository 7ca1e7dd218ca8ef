/**
 * The cross-project risk register: probability x impact, ROAM, owners, mitigation, heat map, history.
 * Built by issue 6; empty until then.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "jira", "program"})
package app.keystone.risk;
