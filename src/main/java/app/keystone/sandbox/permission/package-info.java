/** The site's permission catalog: Jira's permission keys and ids, shared by the seed data and the REST API. */
package app.keystone.sandbox.permission;
