-- The (program, epic) pairs the RACI gap check has seen: an epic is "new to a program" when its pair is not here.
create table automation_epic_seen (
    tenant_id  uuid   not null references tenant (id),
    program_id uuid   not null,
    issue_id   bigint not null,
    primary key (tenant_id, program_id, issue_id)
);

-- A check's first sweep of a site only remembers what it finds (the epics already in programs are not new).
create table automation_check_baseline (
    tenant_id  uuid        not null references tenant (id),
    check_name varchar(40) not null,
    at         timestamptz not null default now(),
    primary key (tenant_id, check_name)
);
