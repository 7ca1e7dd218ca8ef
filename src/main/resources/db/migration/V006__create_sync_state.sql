-- Per-tenant Jira settings discovered at install (custom field ids), overridable by an admin.
create table jira_field_config (
    tenant_id             uuid primary key references tenant (id),
    story_points_field    varchar(64),
    flagged_field         varchar(64),
    start_date_field      varchar(64),
    story_points_override varchar(64),
    discovered_at         timestamptz
);

-- Backfill progress per tenant and project: the persisted cursor lets a restarted node resume the page it was on.
create table jira_backfill (
    tenant_id       uuid         not null references tenant (id),
    project_id      bigint       not null,
    project_key     varchar(32)  not null,
    state           varchar(16)  not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
    total_estimate  integer,
    fetched         integer      not null default 0,
    next_page_token text,
    started_at      timestamptz,
    finished_at     timestamptz,
    last_error      text,
    updated_at      timestamptz  not null default now(),
    primary key (tenant_id, project_id)
);

-- Reconcile bookkeeping: the last sweep per tenant, so the next one asks Jira for `updated >= last - margin`.
create table jira_reconcile (
    tenant_id          uuid primary key references tenant (id),
    last_started_at    timestamptz,
    last_finished_at   timestamptz,
    last_swept_from    timestamptz,
    issues_repaired    integer not null default 0,
    failed_webhooks    integer not null default 0,
    failed_after       bigint,
    last_error         text
);

-- db-scheduler's table (its documented PostgreSQL schema): persistent, cluster-safe task executions.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);
