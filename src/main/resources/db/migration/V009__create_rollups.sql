-- The rollup engine's state. rollup_node mirrors each issue's own contribution (the inputs of its figures)
-- and the sums over its descendants; programs keep sums per project. All maintained incrementally by one
-- writer per tenant from rollup_dirty, so a change costs work proportional to the issue's depth.
create table rollup_node (
    tenant_id       uuid        not null references tenant (id),
    issue_id        bigint      not null,
    parent_id       bigint,
    project_key     varchar(32),
    issue_type      varchar(128),
    labels          text[]      not null default '{}',
    deleted         boolean     not null default false,
    level           integer     not null default 0,
    category        varchar(16) not null default 'new',
    points          numeric(12, 2),
    t_original      bigint,
    t_remaining     bigint,
    t_spent         bigint,
    blocked         boolean     not null default false,
    due_date        date,
    start_date      date,
    -- sums over the descendants (not the issue itself)
    n_total         bigint      not null default 0,
    n_new           bigint      not null default 0,
    n_indeterminate bigint      not null default 0,
    n_done          bigint      not null default 0,
    n_lvl_sub       bigint      not null default 0,
    n_lvl0          bigint      not null default 0,
    n_lvl1          bigint      not null default 0,
    n_lvl2          bigint      not null default 0,
    n_lvl3          bigint      not null default 0,
    pts_total       numeric(16, 2) not null default 0,
    pts_done        numeric(16, 2) not null default 0,
    n_unestimated   bigint      not null default 0,
    t_original_sum  bigint      not null default 0,
    t_remaining_sum bigint      not null default 0,
    t_spent_sum     bigint      not null default 0,
    n_blocked       bigint      not null default 0,
    primary key (tenant_id, issue_id)
);
create index rollup_node_children on rollup_node (tenant_id, parent_id);

-- Date histograms (kind 1: due dates of issues not done, for overdue; 2: all due dates; 3: start dates):
-- min/max and "before today" stay exact under removals, and today is applied when reading.
create table rollup_node_date (
    tenant_id uuid     not null references tenant (id),
    issue_id  bigint   not null,
    kind      smallint not null,
    day       date     not null,
    n         bigint   not null,
    primary key (tenant_id, issue_id, kind, day)
);

create table rollup_program (
    program_id      uuid        not null references program (id) on delete cascade,
    tenant_id       uuid        not null references tenant (id),
    project_key     varchar(32) not null,
    n_total         bigint      not null default 0,
    n_new           bigint      not null default 0,
    n_indeterminate bigint      not null default 0,
    n_done          bigint      not null default 0,
    n_lvl_sub       bigint      not null default 0,
    n_lvl0          bigint      not null default 0,
    n_lvl1          bigint      not null default 0,
    n_lvl2          bigint      not null default 0,
    n_lvl3          bigint      not null default 0,
    pts_total       numeric(16, 2) not null default 0,
    pts_done        numeric(16, 2) not null default 0,
    n_unestimated   bigint      not null default 0,
    t_original_sum  bigint      not null default 0,
    t_remaining_sum bigint      not null default 0,
    t_spent_sum     bigint      not null default 0,
    n_blocked       bigint      not null default 0,
    primary key (program_id, project_key)
);

create table rollup_program_date (
    program_id  uuid        not null references program (id) on delete cascade,
    project_key varchar(32) not null,
    kind        smallint    not null,
    day         date        not null,
    n           bigint      not null,
    primary key (program_id, project_key, kind, day)
);

-- Work queues for the rollup writer: issues whose inputs changed, programs whose scope changed.
-- Append-only: concurrent webhook workers marking the same issues never wait on each other (a unique key here
-- made their batch transactions deadlock); the writer de-duplicates what it takes.
create table rollup_dirty (
    seq       bigserial primary key,
    tenant_id uuid   not null references tenant (id),
    issue_id  bigint not null
);
create index rollup_dirty_tenant on rollup_dirty (tenant_id, seq);
create table rollup_program_dirty (
    program_id uuid not null references program (id) on delete cascade,
    tenant_id  uuid not null references tenant (id),
    primary key (program_id)
);
