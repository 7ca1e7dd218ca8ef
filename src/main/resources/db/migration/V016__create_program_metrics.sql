-- Program metrics (issue 9): numbers a program is judged by, each with a direction, an optional target, a source
-- and its samples over time.
create table program_metric (
    id             uuid primary key,
    tenant_id      uuid         not null references tenant (id),
    program_id     uuid         not null references program (id) on delete cascade,
    name           varchar(200) not null,
    unit           varchar(40),
    direction      varchar(16)  not null check (direction in ('UP_IS_GOOD', 'DOWN_IS_GOOD')),
    target_value   numeric(20, 4),
    target_date    date,
    source_type    varchar(16)  not null
        check (source_type in ('JQL', 'MIRROR', 'MANUAL', 'CYCLE_TIME', 'THROUGHPUT')),
    -- the source's parameters as the API shows them (jql, filter, aggregate, statistic, windowDays)
    source         jsonb        not null,
    last_error     text,
    last_error_at  timestamptz,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create unique index program_metric_name on program_metric (tenant_id, program_id, lower(name));
create index program_metric_program on program_metric (tenant_id, program_id);

create table program_metric_sample (
    id          uuid primary key,
    tenant_id   uuid           not null references tenant (id),
    metric_id   uuid           not null references program_metric (id) on delete cascade,
    -- when the value held: the sampling instant, or the start (UTC) of a manual value's date
    sampled_at  timestamptz    not null,
    value       numeric(20, 4) not null,
    -- cycle time: {"medianDays", "p85Days", "issues"}; otherwise null
    detail      jsonb,
    comment     text,
    account_id  varchar(128),
    created_at  timestamptz    not null default now()
);
create index program_metric_sample_series on program_metric_sample (tenant_id, metric_id, sampled_at, id);
