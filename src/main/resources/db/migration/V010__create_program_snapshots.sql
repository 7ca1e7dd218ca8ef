-- One row per program and day: scope and done by count (every level) and by story points (level 0), taken by a
-- daily task and refreshed for today whenever the burn-up is read.
create table program_snapshot (
    program_id   uuid           not null references program (id) on delete cascade,
    tenant_id    uuid           not null references tenant (id),
    day          date           not null,
    scope_count  bigint         not null,
    done_count   bigint         not null,
    scope_points numeric(16, 2) not null,
    done_points  numeric(16, 2) not null,
    taken_at     timestamptz    not null default now(),
    primary key (program_id, day)
);
