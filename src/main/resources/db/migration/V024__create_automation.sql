-- Webhook automation (docs/automation.md): per-site rule settings, a durable trigger outbox written in the
-- transaction of the change that caused it, one firing per (rule, firing key) and the run log.

-- A site's settings of one built-in rule type; a rule never saved is disabled with its parameters' defaults.
create table automation_rule (
    tenant_id  uuid        not null references tenant (id),
    rule_key   varchar(40) not null,
    enabled    boolean     not null default false,
    dry_run    boolean     not null default false,
    params     jsonb       not null default '{}',
    version    bigint      not null default 1,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, rule_key)
);

-- Triggers waiting to be run: inserted by event listeners inside the mirror's (or risk's) writing transaction, so a
-- trigger commits with its cause or not at all; drained by workers on every node with FOR UPDATE SKIP LOCKED.
create table automation_trigger (
    id              bigserial    primary key,
    tenant_id       uuid         not null references tenant (id),
    rule_key        varchar(40)  not null,
    firing_key      varchar(300) not null,
    trigger_text    text         not null,
    issue_id        bigint,
    issue_key       varchar(64),
    risk_id         uuid,
    payload         jsonb        not null default '{}',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      text,
    created_at      timestamptz  not null default now()
);
create index automation_trigger_due on automation_trigger (next_attempt_at, id);

-- What made a rule act once: a second trigger with the same key (duplicate webhook, replay, retry, another node)
-- finds the row and does nothing.
create table automation_firing (
    tenant_id  uuid         not null references tenant (id),
    rule_key   varchar(40)  not null,
    firing_key varchar(300) not null,
    fired_at   timestamptz  not null default now(),
    primary key (tenant_id, rule_key, firing_key)
);

-- Every run: what triggered it, what it did or why it did nothing.
create table automation_run (
    id           bigserial   primary key,
    tenant_id    uuid        not null references tenant (id),
    rule_key     varchar(40) not null,
    at           timestamptz not null default now(),
    trigger_text text        not null,
    issue_id     bigint,
    issue_key    varchar(64),
    risk_id      uuid,
    outcome      varchar(16) not null check (outcome in ('ACTED', 'DRY_RUN', 'SKIPPED', 'FAILED')),
    detail       text        not null
);
create index automation_run_page on automation_run (tenant_id, id desc);
create index automation_run_issue on automation_run (tenant_id, issue_key, id desc);

-- The secret Jira Automation sends to the inbound endpoint, as its SHA-256 only; it names the site.
create table automation_inbound_secret (
    tenant_id  uuid        primary key references tenant (id),
    secret_sha256 char(64) not null unique,
    hint       varchar(8)  not null,
    rotated_at timestamptz not null default now()
);

-- The risk a rule or the inbound endpoint raised for an issue ({@code source}: inbound, blocked-risk), so the next
-- time it updates that risk (while it is open) instead of adding another.
create table automation_issue_risk (
    tenant_id uuid        not null references tenant (id),
    source    varchar(40) not null,
    issue_id  bigint      not null,
    risk_id   uuid        not null,
    primary key (tenant_id, source, issue_id)
);

-- Issues of a program the Blocked → risk check found blocked, since when (as first seen by the check) and whether
-- their risk was queued; the row goes when the issue is unblocked.
create table automation_blocked (
    tenant_id uuid        not null references tenant (id),
    issue_id  bigint      not null,
    since     timestamptz not null default now(),
    raised    boolean     not null default false,
    primary key (tenant_id, issue_id)
);
