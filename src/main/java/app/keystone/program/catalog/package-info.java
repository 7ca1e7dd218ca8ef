/**
 * The program catalogue: creating, listing, editing and deleting programs (name, dates, owner, milestones, status
 * override) and their scope (projects, root issues, filters). Scope edits publish
 * {@link app.keystone.program.ProgramScopeChanged} so membership and rollups are rebuilt elsewhere; target date edits
 * publish {@link app.keystone.program.ProgramPlanChanged}.
 */
package app.keystone.program.catalog;
