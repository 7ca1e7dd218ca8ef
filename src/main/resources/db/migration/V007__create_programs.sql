-- Programs: named scopes over Jira projects (optionally filtered) and root issues whose descendants belong
-- to the program in any project. One issue may belong to several programs.
create table program (
    id                     uuid primary key,
    tenant_id              uuid         not null references tenant (id),
    name                   varchar(200) not null,
    description            text,
    owner_account_id       varchar(128),
    start_date             date,
    target_date            date,
    status_override        varchar(8) check (status_override in ('GREEN', 'AMBER', 'RED')),
    status_override_reason text,
    -- scope filters for the program's projects (root issues' descendants are never filtered)
    label_filter           text[]       not null default '{}',
    issue_type_filter      text[]       not null default '{}',
    created_at             timestamptz  not null default now(),
    updated_at             timestamptz  not null default now(),
    version                bigint       not null default 0
);
create unique index program_name on program (tenant_id, lower(name));

create table program_project (
    program_id  uuid        not null references program (id) on delete cascade,
    tenant_id   uuid        not null references tenant (id),
    project_key varchar(32) not null,
    primary key (program_id, project_key)
);
create index program_project_tenant on program_project (tenant_id, project_key);

create table program_root (
    program_id uuid   not null references program (id) on delete cascade,
    tenant_id  uuid   not null references tenant (id),
    issue_id   bigint not null,
    primary key (program_id, issue_id)
);
create index program_root_tenant on program_root (tenant_id, issue_id);

create table program_milestone (
    id         uuid primary key,
    program_id uuid         not null references program (id) on delete cascade,
    tenant_id  uuid         not null references tenant (id),
    name       varchar(200) not null,
    due_date   date         not null,
    issue_ids  bigint[]     not null default '{}'
);
create index program_milestone_program on program_milestone (program_id, due_date);

-- Which mirrored issues each program contains, maintained by the rollup engine from mirror events.
create table program_issue (
    program_id uuid   not null references program (id) on delete cascade,
    tenant_id  uuid   not null references tenant (id),
    issue_id   bigint not null,
    primary key (program_id, issue_id)
);
create index program_issue_issue on program_issue (tenant_id, issue_id);
