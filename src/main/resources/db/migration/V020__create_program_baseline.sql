-- The baseline a TPM sets on a program: its scope and done on a chosen day, kept as figures (not a date alone) so
-- later history changes cannot move it. Scope change is measured against it (burn-up, docs/rollups.md).
create table program_baseline (
    program_id   uuid           primary key references program (id) on delete cascade,
    tenant_id    uuid           not null references tenant (id),
    day          date           not null,
    scope_count  bigint         not null,
    done_count   bigint         not null,
    scope_points numeric(16, 2) not null,
    done_points  numeric(16, 2) not null,
    set_by       varchar(128),
    set_at       timestamptz    not null default now()
);
