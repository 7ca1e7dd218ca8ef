/**
 * Value types every module uses: tenant identity, the caller's context, and the problem type that
 * errors are reported with. No beans with logic live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.keystone.shared;
