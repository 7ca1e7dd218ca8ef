-- Who may do what on the simulated site. Jira derives this from permission schemes, roles and groups;
-- the sandbox keeps only the outcome: one row per user, permission and scope.
create table sandbox_permission_grant (
    id         bigserial primary key,
    account_id varchar(128) not null references sandbox_user (account_id) on delete cascade,
    -- a Jira permission key: ADMINISTER, USER_PICKER (global) or BROWSE_PROJECTS, EDIT_ISSUES, ... (project)
    permission varchar(64)  not null,
    -- null: a global permission, or a project permission in every project (a scheme shared by all projects,
    -- which also covers projects generated later); otherwise that project only
    project_id bigint references sandbox_project (id) on delete cascade,
    unique nulls not distinct (account_id, permission, project_id)
);
create index sandbox_permission_grant_user on sandbox_permission_grant (account_id, permission);

-- notify (POST /issue/{id}/notify) records whom it resolved the "to" section to, in the order resolved
alter table sandbox_notification add column recipients varchar(128)[] not null default '{}';
