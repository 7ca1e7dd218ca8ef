-- RACI: Jira users in roles R/A/C/I on a scope (a program, by UUID text, or a mirrored issue, by its numeric id
-- as text). One Accountable per scope at most; several roles per person.
create table raci_scope (
    tenant_id  uuid        not null references tenant (id),
    scope_type varchar(8)  not null check (scope_type in ('program', 'issue')),
    scope_id   varchar(64) not null,
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, scope_type, scope_id)
);

create table raci_assignment (
    tenant_id  uuid         not null references tenant (id),
    scope_type varchar(8)   not null,
    scope_id   varchar(64)  not null,
    account_id varchar(128) not null,
    role       char(1)      not null check (role in ('R', 'A', 'C', 'I')),
    note       varchar(500),
    primary key (tenant_id, scope_type, scope_id, account_id, role),
    foreign key (tenant_id, scope_type, scope_id) references raci_scope (tenant_id, scope_type, scope_id)
        on delete cascade
);
create unique index raci_one_accountable on raci_assignment (tenant_id, scope_type, scope_id) where role = 'A';
create index raci_assignment_account on raci_assignment (tenant_id, account_id);

-- Display data of assigned people as Jira last answered (personal data: reported and refreshed, erased on close).
create table raci_person (
    tenant_id    uuid         not null references tenant (id),
    account_id   varchar(128) not null,
    display_name varchar(255),
    avatar_url   varchar(1000),
    active       boolean      not null default true,
    refreshed_at timestamptz  not null default now(),
    primary key (tenant_id, account_id)
);
