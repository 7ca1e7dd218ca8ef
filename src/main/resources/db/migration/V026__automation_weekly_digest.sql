-- The weekly digest of each program (docs/automation.md): what was reported, so next week's digest says how health
-- changed and covers what happened since. One per program and ISO week (e.g. 2026-W48) of the site's time zone.
-- Kept for a deleted program (its id only); deleted with the site's data.
create table automation_digest (
    tenant_id  uuid        not null references tenant (id),
    program_id uuid        not null,
    week       varchar(10) not null,
    health     varchar(8)  not null check (health in ('GREEN', 'AMBER', 'RED')),
    reasons    jsonb       not null default '[]',
    body       text        not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, program_id, week)
);
create index automation_digest_latest on automation_digest (tenant_id, program_id, created_at desc);
