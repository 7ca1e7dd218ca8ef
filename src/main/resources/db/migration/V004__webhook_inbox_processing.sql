-- The delivery table becomes the pipeline's inbox: every stored delivery is applied to the mirror once,
-- by whichever node claims it first (FOR UPDATE SKIP LOCKED), retried with backoff, parked when it keeps failing.
alter table jira_webhook_delivery
    add column seq             bigserial,
    add column event_time      timestamptz,
    add column state           varchar(16) not null default 'pending'
        check (state in ('pending', 'done', 'parked')),
    add column attempts        integer     not null default 0,
    add column next_attempt_at timestamptz not null default now(),
    add column last_error      text,
    add column processed_at    timestamptz,
    -- which node applied it: operators see the work spread, tests prove each event was applied once
    add column processed_by    varchar(128);

-- what the workers poll: pending work in arrival order
create index jira_webhook_delivery_pending on jira_webhook_delivery (next_attempt_at, seq) where state = 'pending';
create index jira_webhook_delivery_parked on jira_webhook_delivery (tenant_id, received_at) where state = 'parked';
